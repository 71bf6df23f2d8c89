-- Where each document came in the run that stored it: the 0-based position of its file among the
-- run's expanded inputs (corpus/inputs.ts), so that (input_order, record) is the order a single run over
-- those inputs stores documents in. `qmine merge` interleaves the documents of shards by it, so that the
-- merged storage order, and with it the duplicate marks (decided in storage order), are a single run's.
-- NULL for documents stored before this version, and for records made outside `qmine run`.
ALTER TABLE documents ADD COLUMN input_order INTEGER CHECK (input_order IS NULL OR input_order >= 0);
