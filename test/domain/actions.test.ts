import { describe, expect, it } from 'vitest';
import { isOverdue, mayChange, statusChange, weekLater, type ActionChange } from '../../src/domain/actions.js';
import type { MemberRole } from '../../src/domain/roles.js';

const today = { year: 2026, month: 11, day: 23 };

describe('action rules', () => {
  it('postpones a week from the due date, or from today when the due date has passed', () => {
    expect(weekLater('2026-11-27', today)).toBe('2026-12-04');
    expect(weekLater('2026-11-23', today)).toBe('2026-11-30');
    expect(weekLater('2026-11-02', today)).toBe('2026-11-30');
    expect(weekLater('2026-12-29', today)).toBe('2027-01-05');
  });

  it('counts only open actions with a past due date as overdue', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueDate: '2026-11-22' }, today)).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: '2026-11-23' }, today)).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-11-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueDate: '2026-11-01' }, today)).toBe(false);
  });

  it('treats cancelling and reopening a cancelled action as the leader\'s call', () => {
    expect(statusChange('open', 'in_progress')).toBe('progress');
    expect(statusChange('done', 'in_progress')).toBe('progress');
    expect(statusChange('open', 'cancelled')).toBe('cancel');
    expect(statusChange('cancelled', 'done')).toBe('cancel');
  });

  it('lets members comment, owners progress, and leaders do everything', () => {
    const table: [MemberRole, boolean, ActionChange[]][] = [
      ['leader', false, ['comment', 'progress', 'cancel', 'edit']],
      ['member', true, ['comment', 'progress']],
      ['member', false, ['comment']],
      ['observer', true, []],
    ];
    for (const [role, isOwner, allowed] of table) {
      const got = (['comment', 'progress', 'cancel', 'edit'] as const).filter((c) => mayChange(c, { role, isOwner }));
      expect([role, isOwner, got]).toEqual([role, isOwner, allowed]);
    }
  });
});
