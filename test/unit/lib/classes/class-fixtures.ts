import { ClassSchema, type TrainingClass } from '../../../../src/schemas/class.ts';

/** A small three-day class, parsed by the real schema, for the class logic's tests. */
export function makeClass(overrides: Record<string, unknown> = {}): TrainingClass {
  return ClassSchema.parse({
    name: '党支部书记轮训班',
    kind: 'rotation',
    startDate: '2027-04-13',
    endDate: '2027-04-15',
    groups: ['branch-secretary'],
    participants: 40,
    venue: 'party-school',
    days: [
      {
        date: '2027-04-14',
        sessions: [
          { slot: 'pm', title: '分组讨论', lecturers: ['teacher-a'] },
          { slot: 'am', title: '现场教学', venue: 'red-base', modules: ['DX-005'], lecturers: ['teacher-b'] },
        ],
      },
      {
        date: '2027-04-13',
        sessions: [
          { slot: 'evening', title: '破冰活动' },
          { slot: 'am', title: '开班式和专题讲座', modules: ['LL-001', 'XS-001'], lecturers: ['teacher-a'] },
        ],
      },
    ],
    ...overrides,
  });
}
