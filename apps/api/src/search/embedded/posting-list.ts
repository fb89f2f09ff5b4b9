/** Documents containing one term, in ascending document number, each with its weighted term frequency. */
export class PostingList {
  docs: Int32Array;
  weights: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Int32Array(capacity);
    this.weights = new Float32Array(capacity);
  }

  /** Document numbers only grow, so appending keeps the list sorted. */
  append(doc: number, weight: number): void {
    if (this.length === this.docs.length) this.grow();
    this.docs[this.length] = doc;
    this.weights[this.length] = weight;
    this.length++;
  }

  /** Drops postings of removed documents (called when enough of them have piled up). */
  compact(isLive: (doc: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      if (!isLive(this.docs[i])) continue;
      this.docs[kept] = this.docs[i];
      this.weights[kept] = this.weights[i];
      kept++;
    }
    this.length = kept;
  }

  private grow(): void {
    const capacity = Math.max(4, this.docs.length * 2);
    const docs = new Int32Array(capacity);
    docs.set(this.docs);
    const weights = new Float32Array(capacity);
    weights.set(this.weights);
    this.docs = docs;
    this.weights = weights;
  }
}
