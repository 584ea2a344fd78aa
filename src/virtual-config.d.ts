// Types of the virtual module that src/integrations/curriculum.ts serves (see virtual-config.ts).
declare module 'virtual:curriculum/config' {
  export const printOrigin: import('./integrations/virtual-config.ts').BuildFacts['printOrigin'];
  export const printPages: import('./integrations/virtual-config.ts').BuildFacts['printPages'];
  export const sourceEpoch: import('./integrations/virtual-config.ts').BuildFacts['sourceEpoch'];
}
