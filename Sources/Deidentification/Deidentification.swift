// Deidentification: stable keyed pseudonyms for the people (and organizations) of a network.
