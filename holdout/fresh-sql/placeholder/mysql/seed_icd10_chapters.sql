-- Seed ICD-10 chapter reference data
INSERT INTO `ref`.`icd10_chapters` (`chapter`, `code_range`, `title`) VALUES
  ('I',    'A00-B99', 'Certain infectious and parasitic diseases'),
  ('II',   'C00-D49', 'Neoplasms'),
  ('III',  'D50-D89', 'Diseases of the blood and blood-forming organs'),
  ('IV',   'E00-E89', 'Endocrine, nutritional and metabolic diseases'),
  -- ... remaining chapters V through XX follow the same pattern
  ('XXII', 'U00-U85', 'Codes for special purposes')
ON DUPLICATE KEY UPDATE
  `code_range` = VALUES(`code_range`),
  `title` = VALUES(`title`);

SELECT COUNT(*) AS chapters_loaded FROM `ref`.`icd10_chapters`;
