import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({ selector: 'wk-staff-member-page', changeDetection: ChangeDetectionStrategy.OnPush, template: `` })
export class StaffMemberPageComponent {}
