import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, Public, Roles } from '../auth/access.decorator';
import type { Actor } from '../auth/actor';
import { CreatePlaceInput, UpdatePlaceInput } from './dto/place.input';
import { PlacesArgs, SearchPlacesArgs } from './dto/vocabulary.args';
import { PlacesService } from './places.service';
import { PlaceModel, toPlaceModel } from './vocabularies.models';

@Resolver(() => PlaceModel)
export class PlacesResolver {
  constructor(private readonly placesService: PlacesService) {}

  @Public()
  @Query(() => [PlaceModel], {
    description:
      'With parentCode: its children, or with level too, its descendants at that level. Without: every place at level, or the countries.',
  })
  async places(@Args() args: PlacesArgs): Promise<PlaceModel[]> {
    return (await this.placesService.list(args.parentCode, args.level)).map(toPlaceModel);
  }

  @Public()
  @Query(() => PlaceModel, { nullable: true })
  async place(@Args('code') code: string): Promise<PlaceModel | null> {
    const place = await this.placesService.get(code);
    return place ? toPlaceModel(place) : null;
  }

  @Public()
  @Query(() => [PlaceModel], { description: 'Places by any name or alias in English, Arabic or French (prefix, accents and hamza ignored).' })
  async searchPlaces(@Args() args: SearchPlacesArgs): Promise<PlaceModel[]> {
    return (await this.placesService.search(args.query, args.limit)).map(toPlaceModel);
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => PlaceModel)
  async createPlace(@Args('input') input: CreatePlaceInput, @CurrentActor() actor: Actor): Promise<PlaceModel> {
    return toPlaceModel(await this.placesService.create(input, actor));
  }

  @Roles('PLATFORM_ADMIN')
  @Mutation(() => PlaceModel)
  async updatePlace(@Args('code') code: string, @Args('input') input: UpdatePlaceInput, @CurrentActor() actor: Actor): Promise<PlaceModel> {
    return toPlaceModel(await this.placesService.update(code, input, actor));
  }
}
