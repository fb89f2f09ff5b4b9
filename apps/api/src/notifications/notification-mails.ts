import type { Language } from '@hub/domain';
import { fill, formatDate, MailBlock, MailFooter, renderMail, RenderedMail } from '../mail/mail-layout';
import { MAIL_STRINGS, MailStrings } from '../mail/mail-strings';
import type { EmailCadence, NotificationKind } from './notification.kinds';

/** One notification as an e-mail shows it, after the recipient's access was checked. */
export interface NotificationMailItem {
  kind: NotificationKind;
  /** Plain text: escaped by the layout. */
  questionTitle: string;
  questionUrl: string;
  /** Who contributed, as the recipient may know them (a name, or "someone from a <type> in <place>"). */
  who: string | null;
  /** The contribution's or synthesis's markdown through the sanitising renderer, and as plain text. */
  excerptHtml: string | null;
  excerptText: string | null;
  closesAt: Date | null;
}

function subjectOf(t: MailStrings, item: NotificationMailItem, language: Language): string {
  const title = item.questionTitle;
  switch (item.kind) {
    case 'QUESTION_OPENED':
      return fill(t.openedSubject, { title });
    case 'CONTRIBUTION_ADDED':
      return fill(t.contributedSubject, { title });
    case 'SYNTHESIS_PUBLISHED':
      return fill(t.synthesisSubject, { title });
    case 'QUESTION_INVITATION':
      return fill(t.invitedSubject, { title });
    case 'DISCUSSION_CLOSING':
      return fill(t.closingSubject, { title, date: item.closesAt ? formatDate(item.closesAt, language) : '' });
  }
}

function lineOf(t: MailStrings, item: NotificationMailItem, language: Language): string {
  switch (item.kind) {
    case 'QUESTION_OPENED':
      return t.openedLine;
    case 'CONTRIBUTION_ADDED':
      return fill(t.contributedLine, { who: item.who ?? '' });
    case 'SYNTHESIS_PUBLISHED':
      return t.synthesisLine;
    case 'QUESTION_INVITATION':
      return t.invitedLine;
    case 'DISCUSSION_CLOSING':
      return fill(t.closingLine, { date: item.closesAt ? formatDate(item.closesAt, language) : '' });
  }
}

function block(t: MailStrings, item: NotificationMailItem, language: Language): MailBlock {
  return {
    heading: item.questionTitle,
    lines: [lineOf(t, item, language)],
    userHtml: item.excerptHtml ?? undefined,
    userText: item.excerptText ?? undefined,
    action: { label: t.openQuestion, url: item.questionUrl },
  };
}

/** Every notification e-mail carries a one-click unsubscribe (RFC 8058) besides the footer link. */
function withUnsubscribe(mail: RenderedMail, footer: MailFooter): RenderedMail {
  return { ...mail, headers: { 'List-Unsubscribe': `<${footer.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } };
}

export function notificationMail(language: Language, displayName: string, item: NotificationMailItem, footer: MailFooter): RenderedMail {
  const t = MAIL_STRINGS[language];
  return withUnsubscribe(renderMail(language, subjectOf(t, item, language), displayName, [block(t, item, language)], footer), footer);
}

export function digestMail(language: Language, displayName: string, cadence: Extract<EmailCadence, 'DAILY' | 'WEEKLY'>, items: NotificationMailItem[], footer: MailFooter): RenderedMail {
  const t = MAIL_STRINGS[language];
  const subject = fill(cadence === 'DAILY' ? t.dailySubject : t.weeklySubject, { count: String(items.length) });
  return withUnsubscribe(renderMail(language, subject, displayName, [{ lines: [t.digestIntro] }, ...items.map((item) => block(t, item, language))], footer), footer);
}
