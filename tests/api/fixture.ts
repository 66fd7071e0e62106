import type { Db } from '@/lib/db/client';

/**
 * A small hand-made dataset: five O*NET 30.1 occupations (two share SOC 11-1011), their tasks,
 * job zones, 2012/2013/2024 employment, ratings in both releases, labels, indices and one
 * ready model. Figures the tests assert are worked out from these rows by hand.
 */
export const FIXTURE_SQL = `
INSERT INTO onet_occupation VALUES
 ('30.1','11-1011.00','11-1011','Chief Executives','Plan and direct.','11'),
 ('30.1','11-1011.03','11-1011','Chief Sustainability Officers','Sustain.','11'),
 ('30.1','13-2011.00','13-2011','Accountants and Auditors','Examine accounts.','13'),
 ('30.1','15-1252.00','15-1252','Software Developers','Write software.','15'),
 ('30.1','47-2031.00','47-2031','Carpenters','Build things.','47'),
 ('23.x','13-2011.01','13-2011','Accountants','Examine accounts.','13'),
 ('23.x','15-1132.00','15-1132','Software Developers, Applications','Write software.','15');
INSERT INTO onet_job_zone VALUES
 ('30.1','11-1011.00',5,'x'),('30.1','11-1011.03',5,'x'),('30.1','13-2011.00',4,'x'),('30.1','15-1252.00',4,'x'),('30.1','47-2031.00',2,'x');
INSERT INTO onet_task VALUES
 ('30.1',1,'13-2011.00','Prepare detailed reports on audit findings.','Core','x'),
 ('30.1',2,'13-2011.00','Examine financial statements for accuracy.','Core','x'),
 ('30.1',3,'13-2011.00','=cmd|''/C calc''!A0 advise clients on tax matters.','Supplemental','x'),
 ('30.1',4,'15-1252.00','Write and test ledger code used by accountants.','Core','x'),
 ('30.1',5,'47-2031.00','Build wooden frames.','Core','x'),
 ('30.1',6,'11-1011.00','Direct budgets.','Core','x');
INSERT INTO employment_series VALUES
 (2012,'11-1011',200,180000,'x'),(2012,'13-2011',1000,60000,'x'),(2012,'15-1252',600,90000,'x'),(2012,'47-2031',1200,40000,'x'),
 (2013,'11-1011',200,181000,'x'),(2013,'13-2011',1100,61000,'x'),(2013,'15-1252',700,91000,'x'),(2013,'47-2031',1000,41000,'x'),
 (2018,'11-1011',300,190000,'x'),(2018,'13-2011',1200,70000,'x'),(2018,'15-1252',800,100000,'x'),(2018,'47-2031',1100,45000,'x'),
 (2024,'11-1011',400,200000,'x'),(2024,'13-2011',1400,80000,'x'),(2024,'15-1252',1600,130000,'x'),(2024,'47-2031',1000,55000,'x');
INSERT INTO model_version (version, kind, status, metrics, data_versions, scored_at) VALUES
 ('m-old','attention','ready','{}','{}','2026-01-01'),
 ('m1','attention','ready','{"test":{"macroF1":0.61}}','{"onet":"30.1"}','2026-02-01'),
 ('m-failed','attention','failed','{}','{}','2026-03-01');
INSERT INTO occupation_score VALUES
 ('m1','11-1011.00',0.40,0.30,0.50,0.2,0.50,1),
 ('m1','11-1011.03',0.20,0.10,0.30,0.1,0.05,0),
 ('m1','13-2011.00',0.80,0.70,0.90,0.5,0.90,3),
 ('m1','15-1252.00',0.60,0.50,0.70,0.4,0.60,1),
 ('m1','47-2031.00',0.05,0.00,0.10,0.0,0.00,1),
 ('m-old','13-2011.00',0.10,0.00,0.20,0.0,0.10,3);
INSERT INTO task_score VALUES
 ('m1','13-2011.00',1,0.1,0.3,0.6,0.75,0.6,0.9,0.5,0.5,'[{"token":"reports","weight":0.4},{"token":"audit","weight":0.3}]',
  '[{"id":"4.A.4.b.6.I11.D03","title":"Advise others on financial matters.","exposure":0.8721},{"id":"4.A.3.b.6.I01.D01","title":"Prepare financial documents.","exposure":0.69055}]'),
 ('m1','13-2011.00',2,0.1,0.5,0.4,0.65,0.5,0.8,0.4,0.3,'[{"token":"financial","weight":0.5}]','[]'),
 ('m1','13-2011.00',3,0.6,0.3,0.1,0.25,0.1,0.4,0.1,0.2,'[]','[]');
INSERT INTO task_label VALUES
 ('13-2011.00',1,'t','Core','E1','E2',NULL,NULL,NULL,0.5),
 ('13-2011.00',2,'t','Core','E2','E0',NULL,NULL,NULL,0),
 ('13-2011.00',3,'t','Core','E0','E0',NULL,NULL,NULL,0),
 ('47-2031.00',5,'t','Core','E0','E0',NULL,NULL,NULL,0);
INSERT INTO onet_element VALUES ('30.1','2.A.1.a','Reading Comprehension','r'),('30.1','2.B.3.e','Programming','p');
INSERT INTO onet_rating VALUES
 ('30.1','skill','13-2011.00','2.A.1.a','IM',4,NULL,NULL,false,false,'x'),('30.1','skill','13-2011.00','2.A.1.a','LV',4,NULL,NULL,false,false,'x'),
 ('30.1','skill','13-2011.00','2.B.3.e','IM',2,NULL,NULL,false,false,'x'),('30.1','skill','13-2011.00','2.B.3.e','LV',1,NULL,NULL,false,false,'x'),
 ('30.1','skill','15-1252.00','2.A.1.a','IM',4,NULL,NULL,false,false,'x'),('30.1','skill','15-1252.00','2.A.1.a','LV',4,NULL,NULL,false,false,'x'),
 ('30.1','skill','15-1252.00','2.B.3.e','IM',5,NULL,NULL,false,false,'x'),('30.1','skill','15-1252.00','2.B.3.e','LV',6,NULL,NULL,false,false,'x'),
 ('30.1','skill','47-2031.00','2.A.1.a','IM',2,NULL,NULL,false,false,'x'),('30.1','skill','47-2031.00','2.A.1.a','LV',2,NULL,NULL,false,false,'x'),
 ('23.x','skill','13-2011.01','2.A.1.a','IM',3,NULL,NULL,false,false,'x'),
 ('23.x','skill','15-1132.00','2.A.1.a','IM',3,NULL,NULL,false,false,'x'),
 ('23.x','skill','15-1132.00','2.B.3.e','IM',4,NULL,NULL,false,false,'x');
INSERT INTO crosswalk (kind, from_code, to_code) VALUES
 ('onetsoc2010_onetsoc2019','13-2011.01','13-2011.00'),
 ('onetsoc2010_onetsoc2019','15-1132.00','15-1252.00'),
 ('soc2010_soc2018','13-2011','13-2011'),
 ('soc2010_soc2018','15-1132','15-1252'),
 ('soc2010_soc2018','47-2031','47-2031'),
 ('isco08_soc2010','2411','13-2011');
INSERT INTO exposure_index (index_name, code_system, code, year, value) VALUES
 ('frey_osborne','soc2010','13-2011',NULL,0.94),('frey_osborne','soc2010','15-1132',NULL,0.04),('frey_osborne','soc2010','47-2031',NULL,0.72),
 ('ilo','isco08','2411',NULL,0.6),
 ('daioe','onetsoc2010','13-2011.01',2022,0.1),('daioe','onetsoc2010','13-2011.01',2023,0.7),('daioe','onetsoc2010','15-1132.00',2023,0.9);
INSERT INTO import_run (source, file, checksum, status, rows_read, rows_loaded, rows_rejected, errors, message, finished_at, duration_ms) VALUES
 ('onet-30.1','onet/v30_1/Task Statements.txt','abc','succeeded',6,6,0,'[]',NULL,now(),12),
 ('bls-oews','bls/oews_national/oews_national_M2024.csv','def','failed',10,0,1,'[{"file":"oews_national_M2024.csv","line":3,"column":"TOT_EMP","reason":"not a number"}]','1 bad row',now(),5);
`;

/** Inserts the fixture rows into a fresh, migrated database. */
export async function seedFixture(db: Db): Promise<void> {
  await db.execScript(FIXTURE_SQL);
}
