import { XSS_CORPUS, unsafeHtmlParts } from '@hub/domain/testing';
import { markdownToText, renderMarkdown } from '../common/markdown';
import { digestMail, notificationMail, NotificationMailItem } from '../notifications/notification-mails';
import { passwordResetMail } from './account-mails';

const footer = { settingsUrl: 'https://hub.example/settings/notifications', unsubscribeUrl: 'https://hub.example/email/unsubscribe?token=abc' };

function item(markdown: string, title = 'Why do evictions rise?'): NotificationMailItem {
  return { kind: 'CONTRIBUTION_ADDED', questionTitle: title, questionUrl: 'https://hub.example/questions/1', who: 'Someone from a national NGO', excerptHtml: renderMarkdown(markdown), excerptText: markdownToText(markdown), closesAt: null };
}

/** What came from users: the quoted excerpt (the layout's own elements and styles are ours). */
const userParts = (html: string) => [...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => m[1]);

describe('e-mail HTML with hostile content', () => {
  it.each(XSS_CORPUS.map((payload) => [payload.name, payload.markdown]))('renders the %s payload harmless in a notification and a digest', (_, markdown) => {
    for (const language of ['en', 'ar', 'fr'] as const) {
      for (const mail of [notificationMail(language, 'Rima', item(markdown), footer), digestMail(language, 'Rima', 'WEEKLY', [item(markdown)], footer)]) {
        const parts = userParts(mail.html);
        expect(parts).toHaveLength(1);
        expect(unsafeHtmlParts(parts[0])).toEqual([]);
        expect(mail.html).not.toMatch(/<(script|iframe|svg|object|embed|style|form|meta http-equiv|base)\b/i);
        // Outside quoted attribute values, no tag carries an event handler.
        expect(mail.html.replace(/"[^"]*"/g, '""')).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      }
    }
  });

  it('escapes titles and names, which are plain text', () => {
    const mail = notificationMail('en', '<b>Rima</b>', item('fine', '<script>alert(1)</script> & "rents"'), footer);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rents&quot;');
    expect(mail.html).toContain('Hello &lt;b&gt;Rima&lt;/b&gt;,');
    expect(mail.html).not.toContain('<script>');
    expect(mail.text).toContain('<script>alert(1)</script> & "rents"');
  });

  it('the check itself can fail: unsanitised HTML in the quote is found', () => {
    const mail = notificationMail('en', 'Rima', { ...item('x'), excerptHtml: '<img src=x onerror=alert(1)>' }, footer);
    expect(unsafeHtmlParts(userParts(mail.html)[0])).not.toEqual([]);
  });

  it('writes Arabic right-to-left with plain-text and HTML parts', () => {
    const mail = passwordResetMail({ language: 'ar', displayName: 'ريما', resetUrl: 'https://hub.example/reset-password/t', expiresAt: new Date('2031-01-01T10:00:00Z') });
    expect(mail.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail.html).toContain('<div dir="rtl" lang="ar"');
    expect(mail.text).toContain('https://hub.example/reset-password/t');
    expect(mail.text).toContain('مرحبًا ريما،');
  });
});
