import { CrudController } from '../common/crud/crud-controller';
import { CreateWijkDto, UpdateWijkDto, WijkDto, WijkQueryDto } from './dto/wijk.dto';
import { Wijk } from './wijk.entity';
import { WijkenService } from './wijken.service';
import { MoreThan } from 'typeorm';

export class WijkenController extends CrudController<Wijk>({
  service: WijkenService,
  path: 'wijken',
  tag: 'wijken',
  create: CreateWijkDto,
  update: UpdateWijkDto,
  query: WijkQueryDto,
  response: WijkDto,
  writeRoles: ['admin', 'programme_manager'],
}) {
  protected override filter(q: WijkQueryDto) {
    const startwijk = q.startwijk === undefined ? {} : { wave: q.startwijk ? 0 : MoreThan(0) };
    return {
      ...startwijk,
      ...(q.wave !== undefined && { wave: q.wave }),
      ...(q.status && { status: q.status }),
      ...(q.strategy && { strategy: q.strategy }),
    };
  }
}
