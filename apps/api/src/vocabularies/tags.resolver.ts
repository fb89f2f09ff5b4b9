import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import type { Connection } from '../common/connection';
import { CreateTagInput, UpdateTagInput } from './dto/tag.input';
import { TagsArgs } from './dto/vocabulary.args';
import { TagsService } from './tags.service';
import { TagConnection, TagModel } from './vocabularies.models';

@Resolver(() => TagModel)
export class TagsResolver {
  constructor(private readonly tagsService: TagsService) {}

  @Public()
  @Query(() => TagConnection, { description: 'Active tags in slug order (merged ones left out).' })
  tags(@Args() args: TagsArgs): Promise<Connection<TagModel>> {
    return this.tagsService.page(args.query, args.first, args.after);
  }

  @Public()
  @Query(() => TagModel, { nullable: true, description: 'A tag by slug; a merged one says which tag replaced it.' })
  tag(@Args('slug') slug: string): Promise<TagModel | null> {
    return this.tagsService.get(slug);
  }

  @Roles('PLATFORM_ADMIN', 'MODERATOR')
  @Mutation(() => TagModel)
  createTag(@Args('input') input: CreateTagInput, @CurrentActor() actor: Actor): Promise<TagModel> {
    return this.tagsService.create(input, actor);
  }

  @Roles('PLATFORM_ADMIN', 'MODERATOR')
  @Mutation(() => TagModel)
  updateTag(@Args('slug') slug: string, @Args('input') input: UpdateTagInput, @CurrentActor() actor: Actor): Promise<TagModel> {
    return this.tagsService.update(slug, input, actor);
  }

  @Roles('PLATFORM_ADMIN', 'MODERATOR')
  @Mutation(() => TagModel, { description: 'Merges the source tag into the target; returns the target with its new synonyms.' })
  mergeTags(@Args('sourceSlug') sourceSlug: string, @Args('targetSlug') targetSlug: string, @CurrentActor() actor: Actor): Promise<TagModel> {
    return this.tagsService.merge(sourceSlug, targetSlug, actor);
  }
}
