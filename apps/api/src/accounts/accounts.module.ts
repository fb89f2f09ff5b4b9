import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccessTokenService } from './access-token.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ActorResolver } from './actor-resolver.service';
import { FirstAdminBootstrap } from './first-admin.bootstrap';
import { InvitationRecord, InvitationSchema } from './invitation.schema';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganisationRecord, OrganisationSchema } from './organisation.schema';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';
import { EmailPasswordResetMailer, PASSWORD_RESET_MAILER } from './password-reset.mailer';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetRecord, PasswordResetSchema } from './password-reset.schema';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { SessionCookie } from './session-cookie';
import { SessionRecord, SessionSchema } from './session.schema';
import { SessionsRepository } from './sessions.repository';
import { TokenClaimRecord, TokenClaimSchema } from './token-claim.schema';
import { TokenClaimsRepository } from './token-claims.repository';
import { UserRecord, UserSchema } from './user.schema';
import { UsersRepository } from './users.repository';

@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: OrganisationRecord.name, schema: OrganisationSchema },
      { name: UserRecord.name, schema: UserSchema },
      { name: SessionRecord.name, schema: SessionSchema },
      { name: InvitationRecord.name, schema: InvitationSchema },
      { name: PasswordResetRecord.name, schema: PasswordResetSchema },
      { name: TokenClaimRecord.name, schema: TokenClaimSchema },
    ]),
  ],
  providers: [
    AccessTokenService,
    AccountsService,
    AccountsResolver,
    ActorResolver,
    FirstAdminBootstrap,
    InvitationsRepository,
    InvitationsResolver,
    InvitationsService,
    MembersResolver,
    MembersService,
    OrganisationsRepository,
    OrganisationsResolver,
    OrganisationsService,
    { provide: PASSWORD_RESET_MAILER, useClass: EmailPasswordResetMailer },
    PasswordResetResolver,
    PasswordResetService,
    PasswordResetsRepository,
    SessionCookie,
    SessionsRepository,
    TokenClaimsRepository,
    UsersRepository,
  ],
  exports: [AccessTokenService, AccountsService, ActorResolver, OrganisationsRepository, SessionsRepository, UsersRepository],
})
export class AccountsModule {}
