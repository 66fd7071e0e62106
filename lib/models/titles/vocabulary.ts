/** Abbreviations HR titles carry, expanded to the words O*NET titles use (keys are lower-case words). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  sr: 'senior', snr: 'senior', jr: 'junior', jnr: 'junior',
  mgr: 'manager', mngr: 'manager', mgmt: 'management', asst: 'assistant', assoc: 'associate', admin: 'administrative',
  dir: 'director', supv: 'supervisor', supvr: 'supervisor', coord: 'coordinator', spec: 'specialist',
  rep: 'representative', reps: 'representatives', tech: 'technician', techs: 'technicians', eng: 'engineer', engr: 'engineer',
  dev: 'developer', devs: 'developers', ops: 'operations', svc: 'service', svcs: 'services', cust: 'customer',
  mktg: 'marketing', acct: 'accounting', acctg: 'accounting', accts: 'accounts', dept: 'department', maint: 'maintenance',
  mech: 'mechanic', elec: 'electrical', equip: 'equipment', prod: 'production', ofc: 'office', exec: 'executive',
  rn: 'registered nurse', lpn: 'licensed practical nurse', lvn: 'licensed vocational nurse', cna: 'certified nursing assistant',
  np: 'nurse practitioner', emt: 'emergency medical technician', icu: 'intensive care unit', er: 'emergency room',
  cdl: 'cdl truck', qa: 'quality assurance', qc: 'quality control', hr: 'human resources', it: 'information technology',
  sw: 'software', swe: 'software engineer', sde: 'software development engineer', dba: 'database administrator',
  csr: 'customer service representative', cpa: 'certified public accountant', ap: 'accounts payable', ar: 'accounts receivable',
  vp: 'vice president', avp: 'assistant vice president', svp: 'senior vice president', evp: 'executive vice president',
  hvac: 'hvac heating air conditioning', cnc: 'cnc machine',
}));

/** Seniority words stripped from a title and kept as their own field (word → the seniority recorded). */
export const SENIORITY: ReadonlyMap<string, string> = new Map(Object.entries({
  senior: 'senior', junior: 'junior', principal: 'principal', entry: 'entry', trainee: 'trainee',
}));

/** Words that mark a bracketed or dash-separated part as a location, shift or schedule, not the job. */
export const LOCATION_WORDS = new Set([
  'remote', 'hybrid', 'onsite', 'site', 'shift', 'shifts', 'night', 'nights', 'day', 'days', 'evening', 'evenings',
  'weekend', 'weekends', 'overnight', 'noc', 'swing', 'prn', 'diem', 'temporary', 'temp', 'contract', 'seasonal',
  'part', 'full', 'time', 'hours', 'hour', 'hrs', 'am', 'pm', 'relocation', 'travel', 'usa', 'us', 'county', 'city',
  'downtown', 'north', 'south', 'east', 'west', 'campus', 'location', 'locations', 'multiple', 'bonus', 'sign', 'hiring',
  'immediate', 'urgent', 'ftp', 'fte', 'wfh', 'home',
]);

/** US state names and postal codes (lower-case words), for "(Texas)" or "- NY". */
export const US_STATES = new Set(
  ('al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ' +
    'ut vt va wa wv wi wy dc alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii ' +
    'idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada new hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode island ' +
    'tennessee texas utah vermont virginia washington wisconsin wyoming').split(' '),
);
