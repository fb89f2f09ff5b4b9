import type { Language } from '@hub/domain';

/** Every e-mail string, in each language the hub speaks. `{name}` placeholders are filled (escaped) by the templates. */
export interface MailStrings {
  greeting: string;
  resetSubject: string;
  resetBody: string;
  resetAction: string;
  resetIgnore: string;
  inviteSubject: string;
  inviteBody: string;
  inviteAction: string;
  inviteIgnore: string;
  openQuestion: string;
  openedSubject: string;
  openedLine: string;
  contributedSubject: string;
  contributedLine: string;
  synthesisSubject: string;
  synthesisLine: string;
  invitedSubject: string;
  invitedLine: string;
  closingSubject: string;
  closingLine: string;
  dailySubject: string;
  weeklySubject: string;
  digestIntro: string;
  someoneFrom: string;
  someoneFromIn: string;
  footerWhy: string;
  footerSettings: string;
  footerUnsubscribe: string;
}

const en: MailStrings = {
  greeting: 'Hello {name},',
  resetSubject: 'Reset your Knowledge Hub password',
  resetBody: 'Someone, hopefully you, asked to reset the password of your Knowledge Hub account. The link works once, until {expires}.',
  resetAction: 'Choose a new password',
  resetIgnore: 'If you did not ask for this, ignore this e-mail: your password stays as it is.',
  inviteSubject: 'You are invited to the Knowledge Hub',
  inviteBody: 'You are invited to join {organisation} on the Knowledge Hub, where sectors ask research questions and field actors answer with what they know. The link works once, until {expires}.',
  inviteAction: 'Accept the invitation',
  inviteIgnore: 'If you did not expect this invitation, ignore this e-mail.',
  openQuestion: 'Open the question',
  openedSubject: 'New question: {title}',
  openedLine: 'A new research question was asked in a sector, place or tag you follow.',
  contributedSubject: 'New contribution: {title}',
  contributedLine: '{who} contributed to a question you follow or asked.',
  synthesisSubject: 'Synthesis published: {title}',
  synthesisLine: 'A synthesis was published for a question you follow, asked or contributed to.',
  invitedSubject: 'Your knowledge is wanted: {title}',
  invitedLine: 'Your organisation or sector is invited to contribute to this question.',
  closingSubject: 'Closes {date}: {title}',
  closingLine: 'The discussion of this question closes on {date}.',
  dailySubject: 'Your daily Knowledge Hub digest ({count})',
  weeklySubject: 'Your weekly Knowledge Hub digest ({count})',
  digestIntro: 'Here is what happened in what you follow:',
  someoneFrom: 'Someone from a {type}',
  someoneFromIn: 'Someone from a {type} in {place}',
  footerWhy: 'You receive this e-mail because of your notification settings on the Knowledge Hub.',
  footerSettings: 'Notification settings',
  footerUnsubscribe: 'Unsubscribe from all e-mails',
};

const ar: MailStrings = {
  greeting: 'مرحبًا {name}،',
  resetSubject: 'إعادة تعيين كلمة المرور في منصة المعرفة',
  resetBody: 'طلب أحدهم، ونأمل أن تكون أنت، إعادة تعيين كلمة مرور حسابك في منصة المعرفة. يعمل الرابط مرة واحدة حتى {expires}.',
  resetAction: 'اختر كلمة مرور جديدة',
  resetIgnore: 'إذا لم تطلب ذلك فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.',
  inviteSubject: 'أنت مدعو إلى منصة المعرفة',
  inviteBody: 'أنت مدعو للانضمام إلى {organisation} في منصة المعرفة، حيث تطرح القطاعات أسئلة بحثية ويجيب العاملون الميدانيون بما يعرفونه. يعمل الرابط مرة واحدة حتى {expires}.',
  inviteAction: 'اقبل الدعوة',
  inviteIgnore: 'إذا لم تكن تتوقع هذه الدعوة فتجاهل هذه الرسالة.',
  openQuestion: 'افتح السؤال',
  openedSubject: 'سؤال جديد: {title}',
  openedLine: 'طُرح سؤال بحثي جديد في قطاع أو مكان أو وسم تتابعه.',
  contributedSubject: 'مساهمة جديدة: {title}',
  contributedLine: 'ساهم {who} في سؤال تتابعه أو طرحته.',
  synthesisSubject: 'نُشرت خلاصة: {title}',
  synthesisLine: 'نُشرت خلاصة لسؤال تتابعه أو طرحته أو ساهمت فيه.',
  invitedSubject: 'معرفتك مطلوبة: {title}',
  invitedLine: 'منظمتك أو قطاعك مدعو إلى المساهمة في هذا السؤال.',
  closingSubject: 'يُغلق في {date}: {title}',
  closingLine: 'يُغلق النقاش حول هذا السؤال في {date}.',
  dailySubject: 'ملخصك اليومي من منصة المعرفة ({count})',
  weeklySubject: 'ملخصك الأسبوعي من منصة المعرفة ({count})',
  digestIntro: 'إليك ما جرى في ما تتابعه:',
  someoneFrom: 'شخص من {type}',
  someoneFromIn: 'شخص من {type} في {place}',
  footerWhy: 'تصلك هذه الرسالة بحسب إعدادات الإشعارات في منصة المعرفة.',
  footerSettings: 'إعدادات الإشعارات',
  footerUnsubscribe: 'إلغاء الاشتراك في كل الرسائل',
};

const fr: MailStrings = {
  greeting: 'Bonjour {name},',
  resetSubject: 'Réinitialiser votre mot de passe du Knowledge Hub',
  resetBody: 'Quelqu’un, vous espérons-le, a demandé à réinitialiser le mot de passe de votre compte du Knowledge Hub. Le lien fonctionne une fois, jusqu’au {expires}.',
  resetAction: 'Choisir un nouveau mot de passe',
  resetIgnore: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
  inviteSubject: 'Vous êtes invité·e au Knowledge Hub',
  inviteBody: 'Vous êtes invité·e à rejoindre {organisation} sur le Knowledge Hub, où les secteurs posent des questions de recherche et les acteurs de terrain répondent avec ce qu’ils savent. Le lien fonctionne une fois, jusqu’au {expires}.',
  inviteAction: 'Accepter l’invitation',
  inviteIgnore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
  openQuestion: 'Ouvrir la question',
  openedSubject: 'Nouvelle question : {title}',
  openedLine: 'Une nouvelle question de recherche a été posée dans un secteur, un lieu ou un mot-clé que vous suivez.',
  contributedSubject: 'Nouvelle contribution : {title}',
  contributedLine: '{who} a contribué à une question que vous suivez ou avez posée.',
  synthesisSubject: 'Synthèse publiée : {title}',
  synthesisLine: 'Une synthèse a été publiée pour une question que vous suivez, avez posée ou à laquelle vous avez contribué.',
  invitedSubject: 'Votre savoir est attendu : {title}',
  invitedLine: 'Votre organisation ou votre secteur est invité à contribuer à cette question.',
  closingSubject: 'Clôture le {date} : {title}',
  closingLine: 'La discussion de cette question se clôt le {date}.',
  dailySubject: 'Votre résumé quotidien du Knowledge Hub ({count})',
  weeklySubject: 'Votre résumé hebdomadaire du Knowledge Hub ({count})',
  digestIntro: 'Voici ce qui s’est passé dans ce que vous suivez :',
  someoneFrom: 'Une personne d’une organisation de type {type}',
  someoneFromIn: 'Une personne d’une organisation de type {type} ({place})',
  footerWhy: 'Vous recevez ce message en raison de vos préférences de notification sur le Knowledge Hub.',
  footerSettings: 'Préférences de notification',
  footerUnsubscribe: 'Se désabonner de tous les e-mails',
};

export const MAIL_STRINGS: Record<Language, MailStrings> = { en, ar, fr };
