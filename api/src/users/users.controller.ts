import { CrudController } from '../common/crud/crud-controller';
import { CreateUserDto, UpdateUserDto, UserDto, UserQueryDto } from './dto/user.dto';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** Admins manage the accounts of their organisation. */
export class UsersController extends CrudController<User>({
  service: UsersService,
  path: 'users',
  tag: 'users',
  create: CreateUserDto,
  update: UpdateUserDto,
  query: UserQueryDto,
  response: UserDto,
  writeRoles: ['admin'],
  readRoles: ['admin'],
}) {
  protected override filter(q: UserQueryDto) {
    return q.role ? { role: q.role } : {};
  }
}
