import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Milestone, Task, TaskDependency } from '@wijkkracht/contracts';
import { addWeeks, daysBetween, fromDayNumber, toDayNumber } from '../ui/iso-date';
import type { EarliestSchedule } from './earliest-schedule';

export interface TaskMove {
  taskId: string;
  start: string;
  durationWeeks: number;
}

interface Row {
  kind: 'phase' | 'task' | 'milestone';
  label: string;
  y: number;
  task?: Task;
  milestone?: Milestone;
}

const ROW = 28;
const AXIS = 32;
const PX_PER_DAY = 1.5;
const PX_PER_WEEK = PX_PER_DAY * 7;

/**
 * The wijk's timeline as SVG: phases, task bars, finish-to-start arrows, milestones with their deadlines and a today
 * line. Bars move by dragging and resize by their right edge, in whole weeks; the parent checks dependencies and
 * saves. Every bar is also a focusable button that hands the task to the keyboard form (WCAG 2.1.1).
 */
@Component({
  selector: 'wk-gantt-chart',
  imports: [DatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="legend" aria-hidden="true">
      <span><i class="swatch planned"></i>{{ 'tasks.statuses.planned' | translate }}</span>
      <span><i class="swatch in_progress"></i>{{ 'tasks.statuses.in_progress' | translate }}</span>
      <span><i class="swatch done"></i>{{ 'tasks.statuses.done' | translate }}</span>
      <span><i class="diamond"></i>{{ 'gantt.milestone' | translate }}</span>
      <span><i class="deadline"></i>{{ 'gantt.deadline' | translate }}</span>
      <span><i class="today"></i>{{ 'gantt.today' | translate }}</span>
    </div>
    <div #scroller class="scroller" tabindex="0" [attr.aria-label]="'gantt.scrollRegion' | translate" role="region">
      <div class="labels" [style.height.px]="height()">
        <div class="axis-spacer"></div>
        @for (row of layout().rows; track row.y) {
          <div class="label" [class.phase]="row.kind === 'phase'" [title]="row.label">{{ row.label }}</div>
        }
      </div>
      <svg
        [attr.width]="layout().width"
        [attr.height]="height()"
        role="group"
        [attr.aria-label]="'gantt.label' | translate"
        (pointermove)="onPointerMove($event)"
        (pointerup)="onPointerUp()"
        (pointercancel)="drag.set(null)"
      >
        @for (year of layout().years; track year.x) {
          <line class="grid" [attr.x1]="year.x" [attr.x2]="year.x" y1="0" [attr.y2]="height()" />
          <text class="year" [attr.x]="year.x + 4" y="20">{{ year.label }}</text>
        }
        @for (row of layout().rows; track row.y) {
          @if (row.kind === 'phase') {
            <rect class="phase-band" x="0" [attr.y]="row.y" [attr.width]="layout().width" [attr.height]="ROW" />
          }
        }
        @for (arrow of arrows(); track arrow.key) {
          <path class="arrow" [attr.d]="arrow.d" marker-end="url(#wk-arrow)" />
        }
        <defs>
          <marker id="wk-arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L6,3 L0,6 z" class="arrow-head" />
          </marker>
        </defs>
        @for (bar of bars(); track bar.task.id) {
          <g
            class="bar"
            [class.dragging]="drag()?.taskId === bar.task.id"
            [class.selected]="selectedTaskId() === bar.task.id"
            role="button"
            tabindex="0"
            [attr.aria-label]="
              'gantt.barLabel'
                | translate
                  : {
                      name: bar.task.name,
                      start: (bar.start | date: 'd MMMM y'),
                      end: (bar.end | date: 'd MMMM y'),
                      weeks: bar.weeks,
                    }
            "
            (keydown.enter)="selectTask.emit(bar.task.id)"
            (keydown.space)="$event.preventDefault(); selectTask.emit(bar.task.id)"
            (click)="selectTask.emit(bar.task.id)"
          >
            <rect
              [attr.class]="'task ' + bar.task.status"
              [attr.x]="bar.x"
              [attr.y]="bar.y + 6"
              [attr.width]="bar.width"
              [attr.height]="ROW - 12"
              rx="3"
              (pointerdown)="onPointerDown($event, bar.task, 'move')"
            />
            @if (bar.task.pinnedStart) {
              <circle class="pin" [attr.cx]="bar.x + 5" [attr.cy]="bar.y + ROW / 2" r="2.5" />
            }
            @if (editable()) {
              <rect
                class="handle"
                [attr.x]="bar.x + bar.width - 6"
                [attr.y]="bar.y + 6"
                width="6"
                [attr.height]="ROW - 12"
                (pointerdown)="onPointerDown($event, bar.task, 'resize')"
              />
            }
          </g>
        }
        @for (mark of milestoneMarks(); track mark.milestone.id) {
          @if (mark.deadlineX !== null) {
            <line class="deadline" [attr.x1]="mark.deadlineX" [attr.x2]="mark.deadlineX" [attr.y1]="mark.y + 2" [attr.y2]="mark.y + ROW - 2" />
            <path class="deadline-flag" [attr.d]="'M' + mark.deadlineX + ',' + (mark.y + 2) + ' l6,4 l-6,4 z'" />
          }
          @if (mark.x !== null) {
            <path
              [attr.class]="mark.late ? 'diamond late' : 'diamond'"
              [attr.d]="'M' + mark.x + ',' + (mark.y + 6) + ' l8,8 l-8,8 l-8,-8 z'"
            />
          }
        }
        <line class="today" [attr.x1]="layout().todayX" [attr.x2]="layout().todayX" y1="0" [attr.y2]="height()" />
        <text class="today-label" text-anchor="end" [attr.x]="layout().todayX - 4" y="30">{{ 'gantt.today' | translate }}</text>
      </svg>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      font: var(--mat-sys-body-small);
      margin-bottom: 8px;
      align-items: center;
    }
    .legend span {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 20px;
      height: 10px;
      border-radius: 2px;
    }
    .swatch.planned,
    rect.task.planned {
      fill: #0072b2;
      background: #0072b2;
    }
    .swatch.in_progress,
    rect.task.in_progress {
      fill: #a8570b;
      background: #a8570b;
    }
    .swatch.done,
    rect.task.done,
    rect.task.cancelled {
      fill: #5f6b73;
      background: #5f6b73;
    }
    .legend .diamond {
      width: 10px;
      height: 10px;
      background: #6a3d9a;
      transform: rotate(45deg);
    }
    .legend .deadline {
      width: 0;
      height: 14px;
      border-left: 2px dashed #b00020;
    }
    .legend .today {
      width: 0;
      height: 14px;
      border-left: 2px solid #1a1a1a;
    }
    .scroller {
      display: flex;
      overflow: auto;
      max-height: 70vh;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .labels {
      position: sticky;
      left: 0;
      z-index: 1;
      flex: 0 0 260px;
      width: 260px;
      max-width: 40%;
      background: var(--mat-sys-surface);
      border-right: 1px solid var(--mat-sys-outline-variant);
    }
    .axis-spacer {
      height: ${AXIS}px;
    }
    .label {
      height: ${ROW}px;
      line-height: ${ROW}px;
      padding: 0 8px;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
      font: var(--mat-sys-body-small);
    }
    .label.phase {
      font-weight: 600;
      background: var(--mat-sys-surface-container);
    }
    svg {
      flex: 0 0 auto;
      touch-action: pan-y;
      user-select: none;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
    }
    .year {
      font-size: 12px;
      fill: var(--mat-sys-on-surface);
    }
    .phase-band {
      fill: var(--mat-sys-surface-container);
    }
    .arrow {
      fill: none;
      stroke: #767676;
      stroke-width: 1;
    }
    .arrow-head {
      fill: #767676;
    }
    .bar {
      cursor: pointer;
      outline: none;
    }
    .bar:focus-visible rect.task,
    .bar.selected rect.task {
      stroke: #1a1a1a;
      stroke-width: 3;
    }
    .bar.dragging rect.task {
      opacity: 0.7;
    }
    .handle {
      fill: transparent;
      cursor: ew-resize;
    }
    .pin {
      fill: #fff;
    }
    .diamond {
      fill: #6a3d9a;
    }
    .diamond.late {
      fill: #b00020;
    }
    .deadline {
      stroke: #b00020;
      stroke-width: 2;
      stroke-dasharray: 4 2;
    }
    .deadline-flag {
      fill: #b00020;
    }
    .today {
      stroke: #1a1a1a;
      stroke-width: 2;
    }
    .today-label {
      font-size: 12px;
      font-weight: 600;
      fill: #1a1a1a;
    }
  `,
})
export class GanttChartComponent {
  protected readonly ROW = ROW;
  readonly tasks = input.required<readonly Task[]>();
  readonly dependencies = input.required<readonly TaskDependency[]>();
  readonly milestones = input.required<readonly Milestone[]>();
  readonly schedule = input.required<EarliestSchedule>();
  readonly phaseLabels = input<Record<string, string>>({});
  /** Heading of the milestone rows. */
  readonly milestonesLabel = input('');
  readonly today = input.required<string>();
  readonly editable = input(false);
  readonly selectedTaskId = input<string | null>(null);
  readonly selectTask = output<string>();
  readonly moveTask = output<TaskMove>();

  /** The bar being dragged, with the preview in whole weeks. */
  protected readonly drag = signal<{
    taskId: string;
    mode: 'move' | 'resize';
    originX: number;
    deltaWeeks: number;
  } | null>(null);

  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');
  private scrolledToToday = false;

  constructor() {
    // Open on today rather than on the wijk's first task, which may lie years back; once, so it never fights the user.
    afterRenderEffect(() => {
      const todayX = this.layout().todayX;
      if (this.scrolledToToday) return;
      this.scrolledToToday = true;
      this.scroller().nativeElement.scrollLeft = Math.max(0, todayX - 200);
    });
  }

  protected readonly layout = computed(() => {
    const schedule = this.schedule();
    const dates: number[] = [toDayNumber(this.today())];
    for (const item of schedule.tasks.values()) dates.push(toDayNumber(item.start), toDayNumber(item.finish));
    for (const milestone of this.milestones()) if (milestone.deadline) dates.push(toDayNumber(milestone.deadline));
    const first = Math.min(...dates) - 28;
    const last = Math.max(...dates) + 56;
    const origin = fromDayNumber(first);
    const width = Math.ceil((last - first) * PX_PER_DAY);
    const x = (iso: string) => daysBetween(origin, iso) * PX_PER_DAY;

    const rows: Row[] = [];
    let y = AXIS;
    const phases = new Map<string, Task[]>();
    for (const task of [...this.tasks()].sort((a, b) => a.sequence - b.sequence)) {
      phases.set(task.phase, [...(phases.get(task.phase) ?? []), task]);
    }
    for (const [phase, tasks] of phases) {
      rows.push({ kind: 'phase', label: this.phaseLabels()[phase] ?? phase, y });
      y += ROW;
      for (const task of tasks) {
        rows.push({ kind: 'task', label: task.name, y, task });
        y += ROW;
      }
    }
    if (this.milestones().length > 0) {
      rows.push({ kind: 'phase', label: this.milestonesLabel(), y });
      y += ROW;
      for (const milestone of this.milestones()) {
        rows.push({ kind: 'milestone', label: milestone.name, y, milestone });
        y += ROW;
      }
    }
    const years: { x: number; label: string }[] = [];
    for (let year = Number(origin.slice(0, 4)) + 1; year <= Number(fromDayNumber(last).slice(0, 4)); year++) {
      years.push({ x: x(`${year}-01-01`), label: String(year) });
    }
    return { rows, width, x, origin, years, todayX: x(this.today()), height: y };
  });

  protected readonly height = computed(() => this.layout().height + 4);

  protected readonly bars = computed(() => {
    const { rows, x } = this.layout();
    const drag = this.drag();
    const schedule = this.schedule();
    return rows
      .filter((row) => row.kind === 'task' && row.task)
      .map((row) => {
        const task = row.task as Task;
        const scheduled = schedule.tasks.get(task.id);
        let start = scheduled?.start ?? this.today();
        let weeks = scheduled?.durationWeeks ?? Math.max(1, task.minDurationWeeks);
        if (drag?.taskId === task.id) {
          if (drag.mode === 'move') start = addWeeks(start, drag.deltaWeeks);
          else weeks = Math.max(1, weeks + drag.deltaWeeks);
        }
        const end = addWeeks(start, weeks);
        return { task, y: row.y, x: x(start), width: Math.max(4, weeks * PX_PER_WEEK), start, end: addWeeks(end, 0), weeks };
      });
  });

  protected readonly arrows = computed(() => {
    const byTask = new Map(this.bars().map((bar) => [bar.task.id, bar]));
    return this.dependencies().flatMap((dependency) => {
      const from = byTask.get(dependency.predecessorId);
      const to = byTask.get(dependency.successorId);
      if (!from || !to) return [];
      const x1 = from.x + from.width;
      const y1 = from.y + ROW / 2;
      const x2 = to.x;
      const y2 = to.y + ROW / 2;
      const bend = Math.max(x1 + 4, Math.min(x2 - 4, x1 + 8));
      return [{ key: dependency.id, d: `M${x1},${y1} H${bend} V${y2} H${x2}` }];
    });
  });

  protected readonly milestoneMarks = computed(() => {
    const { rows, x } = this.layout();
    const schedule = this.schedule();
    return rows
      .filter((row) => row.kind === 'milestone' && row.milestone)
      .map((row) => {
        const milestone = row.milestone as Milestone;
        const reached = milestone.taskId ? schedule.tasks.get(milestone.taskId)?.finish : undefined;
        return {
          milestone,
          y: row.y,
          x: reached ? x(reached) : null,
          deadlineX: milestone.deadline ? x(milestone.deadline) : null,
          late: !!reached && !!milestone.deadline && toDayNumber(reached) > toDayNumber(milestone.deadline),
        };
      });
  });

  protected onPointerDown(event: PointerEvent, task: Task, mode: 'move' | 'resize'): void {
    if (!this.editable() || task.status === 'done' || task.status === 'cancelled') return;
    event.stopPropagation();
    (event.target as Element).setPointerCapture?.(event.pointerId);
    this.drag.set({ taskId: task.id, mode, originX: event.clientX, deltaWeeks: 0 });
  }

  protected onPointerMove(event: PointerEvent): void {
    const drag = this.drag();
    if (!drag) return;
    const deltaWeeks = Math.round((event.clientX - drag.originX) / PX_PER_WEEK);
    if (deltaWeeks !== drag.deltaWeeks) this.drag.set({ ...drag, deltaWeeks });
  }

  protected onPointerUp(): void {
    const drag = this.drag();
    this.drag.set(null);
    if (!drag || drag.deltaWeeks === 0) return;
    const bar = this.bars().find((item) => item.task.id === drag.taskId);
    const scheduled = this.schedule().tasks.get(drag.taskId);
    if (!bar || !scheduled) return;
    this.moveTask.emit(
      drag.mode === 'move'
        ? { taskId: drag.taskId, start: addWeeks(scheduled.start, drag.deltaWeeks), durationWeeks: scheduled.durationWeeks }
        : { taskId: drag.taskId, start: scheduled.start, durationWeeks: Math.max(1, scheduled.durationWeeks + drag.deltaWeeks) },
    );
  }
}
