import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';

/** One e-mail as the test harness's SMTP server received it (test/smtp-sink.ts). */
export interface ReceivedMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  raw: string;
}

const parsed = new Map<string, ReceivedMail>();

function mailDir(): string {
  const dir = process.env['HUB_TEST_MAIL_DIR'];
  if (!dir) throw new Error('HUB_TEST_MAIL_DIR is unset: run the API tests through their Jest config');
  return dir;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
}

/** Every message received so far for `address` (any test file's messages are skipped by address). */
export async function mailTo(address: string): Promise<ReceivedMail[]> {
  const files = readdirSync(mailDir()).filter((f) => f.endsWith('.eml')).sort();
  for (const file of files) {
    if (parsed.has(file)) continue;
    const raw = readFileSync(join(mailDir(), file));
    const mail = await simpleParser(raw);
    const headers: Record<string, string> = {};
    for (const line of mail.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(':') + 1).trim();
    parsed.set(file, { file, to: addresses(mail.to), subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', headers, raw: raw.toString('utf8') });
  }
  return [...parsed.values()].filter((mail) => mail.to.includes(address.toLowerCase()));
}

/** Waits until `address` has a message matching `predicate` (the API sends some mail in the background). */
export async function waitForMail(address: string, predicate: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailTo(address)).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching e-mail for ${address} within ${timeoutMs} ms (got: ${(await mailTo(address)).map((m) => m.subject).join(' | ') || 'none'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The links of an e-mail's HTML part, in order. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
}
