// NetworkReport: the self-contained HTML report of a learning-community network.
