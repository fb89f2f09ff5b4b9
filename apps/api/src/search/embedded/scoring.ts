/** BM25 constants; weighted term frequencies make it BM25F-like across fields. */
const K1 = 1.2;
const B = 0.75;

export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function bm25(idf: number, termFrequency: number, length: number, averageLength: number): number {
  const norm = K1 * (1 - B + (B * length) / Math.max(1, averageLength));
  return (idf * termFrequency * (K1 + 1)) / (termFrequency + norm);
}

/**
 * The `k` best items under `better` without sorting them all: a bounded binary heap whose root
 * is the worst item kept. O(n log k) instead of O(n log n) when n is the whole result set.
 */
export function topK(items: Int32Array, count: number, k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => better(b, a);
  const siftUp = (index: number): void => {
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!worse(heap[index], heap[parent])) break;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  };
  const siftDown = (index: number): void => {
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
      if (worst === index) return;
      [heap[index], heap[worst]] = [heap[worst], heap[index]];
      index = worst;
    }
  };
  for (let i = 0; i < count; i++) {
    const item = items[i];
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (better(item, heap[0])) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
