import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccessTokenService } from './access-token.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ActorResolver } from './actor-resolver.service';
import { OrganisationRecord, OrganisationSchema } from './organisation.schema';
import { OrganisationsRepository } from './organisations.repository';
import { SessionRecord, SessionSchema } from './session.schema';
import { SessionsRepository } from './sessions.repository';
import { UserRecord, UserSchema } from './user.schema';
import { UsersRepository } from './users.repository';

@Global()
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: OrganisationRecord.name, schema: OrganisationSchema },
      { name: UserRecord.name, schema: UserSchema },
      { name: SessionRecord.name, schema: SessionSchema },
    ]),
  ],
  providers: [
    AccessTokenService,
    AccountsService,
    AccountsResolver,
    ActorResolver,
    OrganisationsRepository,
    SessionsRepository,
    UsersRepository,
  ],
  exports: [AccessTokenService, AccountsService, ActorResolver, OrganisationsRepository, SessionsRepository, UsersRepository],
})
export class AccountsModule {}
