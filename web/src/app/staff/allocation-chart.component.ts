import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { WeekAllocation } from './weekly-allocation';

const BAR = 14;
const GAP = 4;
const HEIGHT = 140;

/**
 * Allocated hours per week as bars against the available hours (a line); over-allocated weeks are drawn in another
 * colour and with a hatch, so the difference does not rest on colour alone. The same figures follow as a table.
 */
@Component({
  selector: 'wk-allocation-chart',
  imports: [DatePipe, DecimalPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="legend" aria-hidden="true">
      <span><i class="swatch ok"></i>{{ 'allocation.allocated' | translate }}</span>
      <span><i class="swatch over"></i>{{ 'allocation.over' | translate }}</span>
      <span><i class="line"></i>{{ 'allocation.available' | translate }}</span>
    </div>
    <div class="scroll">
      <svg [attr.width]="width()" [attr.height]="HEIGHT + 24" role="img" [attr.aria-label]="summary()">
        <defs>
          <pattern id="wk-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#b00020" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2" />
          </pattern>
        </defs>
        @for (bar of bars(); track bar.week.week) {
          <rect [attr.class]="bar.week.overAllocated ? 'over' : 'ok'" [attr.x]="bar.x" [attr.y]="bar.y" [attr.width]="BAR" [attr.height]="bar.h" />
          <line class="available" [attr.x1]="bar.x - 2" [attr.x2]="bar.x + BAR + 2" [attr.y1]="bar.availableY" [attr.y2]="bar.availableY" />
          @if (bar.label) {
            <text class="month" [attr.x]="bar.x" [attr.y]="HEIGHT + 18">{{ bar.week.week | date: 'MMM' }}</text>
          }
        }
      </svg>
    </div>
    @if (showTable()) {
      <details>
        <summary>{{ 'allocation.tableToggle' | translate }}</summary>
        <table class="wk-table">
          <thead>
            <tr>
              <th scope="col">{{ 'allocation.week' | translate }}</th>
              <th scope="col" class="num">{{ 'allocation.available' | translate }}</th>
              <th scope="col" class="num">{{ 'allocation.allocated' | translate }}</th>
              <th scope="col">{{ 'allocation.status' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (week of weeks(); track week.week) {
              <tr>
                <th scope="row">{{ week.week | date: 'd MMM y' }}</th>
                <td class="num">{{ week.available | number: '1.0-1' }}</td>
                <td class="num">{{ week.allocated | number: '1.0-1' }}</td>
                <td>{{ (week.overAllocated ? 'allocation.overShort' : 'allocation.okShort') | translate }}</td>
              </tr>
            }
          </tbody>
        </table>
      </details>
    }
  `,
  styles: `
    .legend {
      display: flex;
      gap: 16px;
      font: var(--mat-sys-body-small);
      margin-bottom: 4px;
    }
    .legend span {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 12px;
      height: 12px;
      display: inline-block;
    }
    .swatch.ok {
      background: #0072b2;
    }
    .swatch.over {
      background: repeating-linear-gradient(45deg, #b00020 0 3px, #fff 3px 5px);
    }
    .line {
      width: 16px;
      border-top: 2px solid #1a1a1a;
    }
    .scroll {
      overflow-x: auto;
    }
    rect.ok {
      fill: #0072b2;
    }
    rect.over {
      fill: url(#wk-hatch);
    }
    .available {
      stroke: #1a1a1a;
      stroke-width: 2;
    }
    .month {
      font-size: 11px;
      fill: var(--mat-sys-on-surface);
    }
  `,
})
export class AllocationChartComponent {
  protected readonly BAR = BAR;
  protected readonly HEIGHT = HEIGHT;
  readonly weeks = input.required<readonly WeekAllocation[]>();
  readonly showTable = input(true);
  /** Accessible summary, e.g. "3 of 26 weeks over-allocated". */
  readonly summary = input('');

  protected readonly width = computed(() => this.weeks().length * (BAR + GAP) + 8);
  protected readonly bars = computed(() => {
    const weeks = this.weeks();
    const top = Math.max(1, ...weeks.map((w) => Math.max(w.allocated, w.available))) * 1.1;
    const scale = (hours: number) => (hours / top) * HEIGHT;
    return weeks.map((week, index) => ({
      week,
      x: 4 + index * (BAR + GAP),
      y: HEIGHT - scale(week.allocated),
      h: scale(week.allocated),
      availableY: HEIGHT - scale(week.available),
      label: index === 0 || week.week.slice(8, 10) <= '07',
    }));
  });
}
