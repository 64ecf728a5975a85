// Placeholder: the NetworkMaps tests replace this file.
