import type { Language } from '@hub/domain';
import { fill, formatDate, renderMail, RenderedMail } from './mail-layout';
import { MAIL_STRINGS } from './mail-strings';

export function passwordResetMail(input: { language: Language; displayName: string; resetUrl: string; expiresAt: Date }): RenderedMail {
  const t = MAIL_STRINGS[input.language];
  const expires = formatDate(input.expiresAt, input.language) + ' ' + input.expiresAt.toISOString().slice(11, 16) + ' UTC';
  return renderMail(input.language, t.resetSubject, input.displayName, [{ lines: [fill(t.resetBody, { expires })], action: { label: t.resetAction, url: input.resetUrl } }, { lines: [t.resetIgnore] }], null);
}

export function invitationMail(input: { language: Language; displayName: string; organisationName: string; invitationUrl: string; expiresAt: Date }): RenderedMail {
  const t = MAIL_STRINGS[input.language];
  const body = fill(t.inviteBody, { organisation: input.organisationName, expires: formatDate(input.expiresAt, input.language) });
  return renderMail(input.language, t.inviteSubject, input.displayName, [{ lines: [body], action: { label: t.inviteAction, url: input.invitationUrl } }, { lines: [t.inviteIgnore] }], null);
}
