import type { ModuleFrontmatter } from '../../src/schemas/module.ts';
import type { Group, Stage } from '../../src/schemas/taxonomy.ts';

/** A module as pages receive it (a content entry's `data`), for code that takes `{ data }` items. */
export function makeEntry(overrides: Partial<ModuleFrontmatter> & Pick<ModuleFrontmatter, 'code'>) {
  return { data: makeModule(overrides) };
}

/** A valid module with the fields a test cares about overridden. */
export function makeModule(
  overrides: Partial<ModuleFrontmatter> & Pick<ModuleFrontmatter, 'code'>,
): ModuleFrontmatter {
  return {
    title: `模块 ${overrides.code}`,
    summary: '简介',
    keywords: [],
    tiers: ['grassroots'],
    groups: ['ordinary'],
    stage: 'soul-casting',
    topic: 'theory',
    format: 'lecture',
    hours: 2,
    objectives: ['目标'],
    discussion: [],
    prerequisites: [],
    materials: [],
    updated: new Date('2026-03-15'),
    status: 'published',
    ...overrides,
  };
}

export const stages: Stage[] = [
  { id: 'soul-casting', name: '铸魂', nameEn: 'Soul-casting', description: '', order: 1 },
  { id: 'empowerment', name: '赋能', nameEn: 'Empowerment', description: '', order: 2 },
  { id: 'innovation', name: '创新履职', nameEn: 'Innovation', description: '', order: 3 },
];

export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: 'ordinary',
    name: '普通党员',
    nameEn: 'Ordinary',
    description: '',
    tiers: ['grassroots'],
    requiredHours: 32,
    ...overrides,
  };
}
