import { Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import { isLanguage, textDirection, type Language } from '@hub/domain';
import type { Response } from 'express';
import { UsersRepository } from '../accounts/users.repository';
import { Public } from '../auth/access.decorator';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { escapeHtml } from '../mail/mail-layout';
import { NotificationsService } from './notifications.service';
import { verifyUnsubscribeToken } from './unsubscribe-token';

const PAGE: Record<Language, { done: string; invalid: string; settings: string }> = {
  en: { done: 'You will no longer receive e-mails from the Knowledge Hub. In-app notifications stay on.', invalid: 'This unsubscribe link is not valid.', settings: 'Notification settings' },
  ar: { done: 'لن تصلك بعد الآن رسائل من منصة المعرفة. تبقى الإشعارات داخل المنصة مفعّلة.', invalid: 'رابط إلغاء الاشتراك هذا غير صالح.', settings: 'إعدادات الإشعارات' },
  fr: { done: 'Vous ne recevrez plus d’e-mails du Knowledge Hub. Les notifications dans l’application restent actives.', invalid: 'Ce lien de désabonnement n’est pas valide.', settings: 'Préférences de notification' },
};

/**
 * One-click unsubscribe from the link in every e-mail, without signing in. GET (the link) and
 * POST (RFC 8058 `List-Unsubscribe-Post`, sent by mail clients) both turn e-mail off: the brief
 * asks for one click, and the worst a link-scanner's GET can do is turn e-mail off, which the
 * member can turn back on in their settings.
 */
@Public()
@Controller('email')
export class UnsubscribeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
    private readonly users: UsersRepository,
  ) {}

  @Get('unsubscribe')
  async viaLink(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    const userId = verifyUnsubscribeToken(this.config.jwtSecret, token);
    const user = userId ? await this.users.findById(userId) : null;
    if (userId && user) await this.notifications.unsubscribe(userId);
    const language: Language = user && isLanguage(user.language) ? user.language : 'en';
    const text = PAGE[language];
    response
      .status(user ? 200 : 400)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        `<!DOCTYPE html><html lang="${language}" dir="${textDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Knowledge Hub</title></head>` +
          `<body><main><h1>Knowledge Hub</h1><p>${escapeHtml(user ? text.done : text.invalid)}</p><p><a href="${escapeHtml(`${this.config.publicUrl}/settings/notifications`)}">${escapeHtml(text.settings)}</a></p></main></body></html>`,
      );
  }

  @Post('unsubscribe')
  @HttpCode(200)
  async oneClick(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    const userId = verifyUnsubscribeToken(this.config.jwtSecret, token);
    const user = userId ? await this.users.findById(userId) : null;
    if (userId && user) await this.notifications.unsubscribe(userId);
    response.status(user ? 200 : 400).json({ unsubscribed: !!user });
  }
}
