// NetworkExport: a network and its metrics written for other tools (Gephi, networkx, Kumu, Graphviz).
