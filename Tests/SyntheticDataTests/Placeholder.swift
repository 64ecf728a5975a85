// Placeholder: the SyntheticData tests replace this file.
