-- Post-paid fleet accounts (issue 7): a wallet with a credit limit charges below zero up to the limit; its
-- negative balance is what the fleet owes (a receivable), settled by payments against its monthly statements.
ALTER TABLE wallets ADD COLUMN credit_limit numeric CHECK (credit_limit IS NULL OR credit_limit > 0);
