import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { WIJK_STRATEGIES, isProblem, type Wijk, type WijkStrategy } from '@wijkkracht/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client.service';
import { fieldErrorState } from '../ui/field-error-state';
import { fieldReason, type FieldReason } from '../ui/field-reason';
import { focusFirstError } from '../ui/focus-first-error';

const FIELDS = ['name', 'cbsCode', 'homes', 'wave', 'strategy', 'participationIntensity', 'plannedStart', 'targetDate'] as const;
type Field = (typeof FIELDS)[number] | 'form';

/**
 * A new wijk made from the organisation's WUP template: the API creates its tasks, dependencies and milestones in
 * the same transaction. Every rule is checked by the API; its reasons appear in Dutch next to their fields.
 */
@Component({
  selector: 'wk-create-wijk-form',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (errors().form; as error) {
      <p class="wk-error" role="alert">{{ error.key | translate: error.params }}</p>
    }
    <form (ngSubmit)="save()" novalidate>
      <mat-form-field class="grow">
        <mat-label>{{ 'wijken.name' | translate }}</mat-label>
        <input matInput name="name" [(ngModel)]="model.name" [errorStateMatcher]="errorState['name']!" />
        @if (errors().name; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'wijken.cbsCode' | translate }}</mat-label>
        <input matInput name="cbsCode" [(ngModel)]="model.cbsCode" [errorStateMatcher]="errorState['cbsCode']!" />
        @if (errors().cbsCode; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'wijken.homes' | translate }}</mat-label>
        <input matInput type="number" name="homes" min="1" step="1" [(ngModel)]="model.homes" [errorStateMatcher]="errorState['homes']!" />
        @if (errors().homes; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'wijken.wave' | translate }}</mat-label>
        <input matInput type="number" name="wave" min="0" max="20" step="1" [(ngModel)]="model.wave" [errorStateMatcher]="errorState['wave']!" />
        <mat-hint>{{ 'wijken.waveHint' | translate }}</mat-hint>
        @if (errors().wave; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'wijken.strategy' | translate }}</mat-label>
        <mat-select name="strategy" [(ngModel)]="model.strategy" [errorStateMatcher]="errorState['strategy']!">
          @for (option of strategies; track option) {
            <mat-option [value]="option">{{ 'wijken.strategies.' + option | translate }}</mat-option>
          }
        </mat-select>
        @if (errors().strategy; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'wijken.participation' | translate }}</mat-label>
        <input matInput type="number" name="participationIntensity" min="0.1" max="3" step="0.1" [(ngModel)]="model.participationIntensity" [errorStateMatcher]="errorState['participationIntensity']!" />
        @if (errors().participationIntensity; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'wijken.plannedStart' | translate }}</mat-label>
        <input matInput type="date" name="plannedStart" [(ngModel)]="model.plannedStart" [errorStateMatcher]="errorState['plannedStart']!" />
        @if (errors().plannedStart; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="narrow">
        <mat-label>{{ 'wijken.targetDate' | translate }}</mat-label>
        <input matInput type="date" name="targetDate" [(ngModel)]="model.targetDate" [errorStateMatcher]="errorState['targetDate']!" />
        @if (errors().targetDate; as error) {
          <mat-error>{{ error.key | translate: error.params }}</mat-error>
        }
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="saving()">{{ 'wijken.create' | translate }}</button>
      </div>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    .grow {
      flex: 1 1 280px;
    }
    .narrow {
      width: 180px;
    }
    .actions {
      flex-basis: 100%;
    }
  `,
})
export class CreateWijkFormComponent {
  private readonly api = inject(ApiClient);
  readonly created = output<Wijk>();
  protected readonly strategies = WIJK_STRATEGIES;
  protected readonly saving = signal(false);
  protected readonly errors = signal<Partial<Record<Field, FieldReason>>>({});
  protected readonly errorState = Object.fromEntries(FIELDS.map((field) => [field, fieldErrorState(this.errors, field)]));
  protected readonly model: {
    name: string;
    cbsCode: string;
    homes: number | null;
    wave: number | null;
    strategy: WijkStrategy;
    participationIntensity: number | null;
    plannedStart: string;
    targetDate: string;
  } = {
    name: '',
    cbsCode: '',
    homes: 800,
    wave: 1,
    strategy: 'heat_network',
    participationIntensity: 1,
    plannedStart: '',
    targetDate: '',
  };

  protected async save(): Promise<void> {
    this.saving.set(true);
    this.errors.set({});
    try {
      const templates = await this.api.listAll<{ id: string }>('process-templates');
      const wijk = await firstValueFrom(
        this.api.post<Wijk>('wijken', {
          ...this.model,
          name: this.model.name.trim(),
          cbsCode: this.model.cbsCode.trim().toUpperCase(),
          plannedStart: this.model.plannedStart || undefined,
          targetDate: this.model.targetDate || undefined,
          templateId: templates[0]?.id ?? null,
        }),
      );
      this.created.emit(wijk);
    } catch (error) {
      this.errors.set(this.toErrors(error));
      focusFirstError();
    } finally {
      this.saving.set(false);
    }
  }

  private toErrors(error: unknown): Partial<Record<Field, FieldReason>> {
    if (!(error instanceof HttpErrorResponse)) return { form: { key: 'errors.unexpected' } };
    const errors: Partial<Record<Field, FieldReason>> = {};
    if (isProblem(error.error)) {
      for (const param of error.error.invalidParams ?? []) {
        if ((FIELDS as readonly string[]).includes(param.name))
          errors[param.name as Field] = fieldReason(param.reason);
      }
      if (Object.keys(errors).length > 0) return errors;
      if (error.status >= 400 && error.status < 500 && error.error.detail)
        return { form: { key: 'fieldErrors.other', params: { reason: error.error.detail } } };
    }
    if (error.status === 403) return { form: { key: 'errors.forbidden' } };
    if (error.status === 0 || error.status >= 502) return { form: { key: 'errors.unreachable' } };
    return { form: { key: 'errors.unexpected' } };
  }
}
