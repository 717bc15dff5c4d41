-- Refresh the statement header texts
UPDATE ar.statement_templates
SET header_text = q'[Dear customer, here's your statement]'
WHERE template_code = 'STD';

UPDATE ar.statement_templates
SET footer_text = q'[Questions? Call us at +44 20 7946 0000]'
WHERE template_code = 'STD';

UPDATE ar.statement_templates
SET header_text = q'[Monthly statement for 