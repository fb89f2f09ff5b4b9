import { textDirection, type Language } from '@hub/domain';
import { MAIL_STRINGS, type MailStrings } from './mail-strings';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Fills `{name}` placeholders with plain text (the caller escapes for HTML). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * One part of an e-mail. Plain strings are escaped here; `userHtml` must already be the output of
 * the sanitising markdown renderer (common/markdown.ts), with `userText` its plain-text twin.
 */
export interface MailBlock {
  heading?: string;
  lines?: string[];
  userHtml?: string;
  userText?: string;
  action?: { label: string; url: string };
}

export interface MailFooter {
  settingsUrl: string;
  unsubscribeUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

const FONT = 'font-family:Arial,Tahoma,sans-serif;font-size:16px;line-height:1.5;color:#1f2933';

/** The same content as an HTML part (right-to-left for Arabic) and a plain-text part. */
export function renderMail(language: Language, subject: string, greetingName: string | null, blocks: MailBlock[], footer: MailFooter | null): RenderedMail {
  const t: MailStrings = MAIL_STRINGS[language];
  const dir = textDirection(language);
  const align = dir === 'rtl' ? 'right' : 'left';
  const html: string[] = [];
  const text: string[] = [];
  if (greetingName !== null) {
    const greeting = fill(t.greeting, { name: greetingName });
    html.push(`<p>${escapeHtml(greeting)}</p>`);
    text.push(greeting, '');
  }
  for (const block of blocks) {
    if (block.heading) {
      html.push(`<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(block.heading)}</h2>`);
      text.push(block.heading);
    }
    for (const line of block.lines ?? []) {
      html.push(`<p>${escapeHtml(line)}</p>`);
      text.push(line);
    }
    if (block.userHtml) {
      html.push(`<blockquote style="margin:8px 0;padding:4px 12px;border-${dir === 'rtl' ? 'right' : 'left'}:3px solid #c5ced6">${block.userHtml}</blockquote>`);
      text.push(...(block.userText ? [`> ${block.userText}`] : []));
    }
    if (block.action) {
      html.push(`<p><a href="${escapeHtml(block.action.url)}" style="color:#0b5cad">${escapeHtml(block.action.label)}</a></p>`);
      text.push(`${block.action.label}: ${block.action.url}`);
    }
    text.push('');
  }
  if (footer) {
    html.push(
      `<hr style="border:0;border-top:1px solid #dde3e8;margin:24px 0"><p style="font-size:13px;color:#52606d">${escapeHtml(t.footerWhy)}<br>` +
        `<a href="${escapeHtml(footer.settingsUrl)}" style="color:#52606d">${escapeHtml(t.footerSettings)}</a> · ` +
        `<a href="${escapeHtml(footer.unsubscribeUrl)}" style="color:#52606d">${escapeHtml(t.footerUnsubscribe)}</a></p>`,
    );
    text.push('--', t.footerWhy, `${t.footerSettings}: ${footer.settingsUrl}`, `${t.footerUnsubscribe}: ${footer.unsubscribeUrl}`);
  }
  const document =
    `<!DOCTYPE html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:16px;background:#ffffff"><div dir="${dir}" lang="${language}" style="${FONT};text-align:${align};max-width:600px">${html.join('')}</div></body></html>`;
  return { subject, text: text.join('\n').trim() + '\n', html: document };
}
