-- Taxes (issue 7): a VAT or sales-tax rate per site, and on each priced order the rate it was taxed at and the
-- tax on its net total (the breakdown's sum); gross = total + tax is what the wallet or fleet account pays.
ALTER TABLE sites ADD COLUMN tax_rate_percent numeric NOT NULL DEFAULT 0
    CHECK (tax_rate_percent BETWEEN 0 AND 100);

ALTER TABLE orders ADD COLUMN tax_rate_percent numeric, ADD COLUMN tax numeric;
UPDATE orders SET tax_rate_percent = 0, tax = 0 WHERE total IS NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_taxed CHECK ((total IS NULL) = (tax IS NULL)
    AND (tax IS NULL) = (tax_rate_percent IS NULL) AND (tax IS NULL OR tax >= 0));
