/**
 * Components lecturers may use in a module without importing them. The module page passes
 * these to MDX; the content check rejects any other capitalised tag before a build can fail on it.
 */
export const MDX_COMPONENTS = {
  Objectives: '学习目标',
  KeyPoints: '要点',
  Case: '案例',
  Discussion: '研讨题',
  Activity: '实践活动',
  SelfCheck: '自测',
  LecturerNote: '授课提示（只出现在授课人版）',
} as const;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];
