import type { TaskExample } from '../../lib/models/data';
import type { OccupationToScore } from '../../lib/models/score';

/** The committed exposure artifact the head-registry regression test scores with. */
export const REGISTRY_ARTIFACT = 'full-s42-4a6a5ba2';

/** Hand-written tasks (three occupations, some with work activities known to the artifact's prior). */
export const REGISTRY_TASKS: TaskExample[] = [
  {
    code: '43-9061.00',
    taskId: 1,
    title: 'Office Clerks, General',
    taskType: 'Core',
    text: 'Compile and type reports from handwritten notes',
    activities: ['4.A.2.a.4.I07.D09'],
  },
  {
    code: '43-9061.00',
    taskId: 2,
    title: 'Office Clerks, General',
    taskType: 'Core',
    text: 'Answer telephone calls and direct callers to staff',
  },
  {
    code: '43-9061.00',
    taskId: 3,
    title: 'Office Clerks, General',
    taskType: 'Supplemental',
    text: 'Deliver mail and packages between departments',
    activities: ['4.A.4.b.4.I09.D02'],
  },
  {
    code: '47-2111.00',
    taskId: 4,
    title: 'Electricians',
    taskType: 'Core',
    text: 'Install and repair wiring in residential buildings',
  },
  {
    code: '47-2111.00',
    taskId: 5,
    title: 'Electricians',
    taskType: 'Core',
    text: 'Read blueprints to plan the layout of circuits',
    activities: ['4.A.2.b.1.I09.D01'],
  },
  {
    code: '47-2111.00',
    taskId: 6,
    title: 'Electricians',
    taskType: null,
    text: 'Test electrical systems with meters and diagnostic equipment',
  },
  {
    code: '15-1252.00',
    taskId: 7,
    title: 'Software Developers',
    taskType: 'Core',
    text: 'Write and debug code for new software features',
    activities: ['4.A.2.b.4.I01.D01', '4.A.4.a.2.I03.D14'],
  },
  {
    code: '15-1252.00',
    taskId: 8,
    title: 'Software Developers',
    taskType: 'Core',
    text: 'Meet with clients to gather requirements for applications',
  },
];

/** The same occupations plus one without task statements (scored from its description). */
export const REGISTRY_OCCUPATIONS: OccupationToScore[] = [
  { code: '15-1252.00', title: 'Software Developers', description: 'Research, design, and develop computer software.' },
  { code: '43-9061.00', title: 'Office Clerks, General', description: 'Perform duties too varied to be classified.' },
  { code: '47-2111.00', title: 'Electricians', description: 'Install, maintain, and repair electrical wiring.' },
  {
    code: '53-7062.00',
    title: 'Laborers and Freight Movers',
    description: 'Manually move freight, stock, luggage, or other materials.',
  },
];
