// Placeholder: replaced by the map work.
