// Placeholder: replaced by the generator work.
