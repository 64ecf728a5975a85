function __liaison_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __liaison_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __liaison_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __liaison_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __liaison_parse_tokens -S
    set -l unparsed_tokens (__liaison_tokens -pc)
    switch $unparsed_tokens[1]
    case 'liaison'
        __liaison_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'inspect'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'o/output=' 'format=' 'version' 'h/help'
        case 'validate'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'format=' 'version' 'h/help'
        case 'metrics'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'group=' 'community-seed=' 'community-resolution=' 'o/output=' 'format=' 'metrics=' 'sort=' 'top=' 'kind=' 'network' 'attribute=' 'exact' 'epsilon=' 'delta=' 'seed=' 'tie-quality=+' 'personalize=' 'version' 'h/help'
        case 'communities'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'o/output=' 'format=' 'method=' 'objective=' 'resolution=' 'seed=' 'iterations=' 'version' 'h/help'
        case 'crosspollination'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'group=' 'community-seed=' 'community-resolution=' 'o/output=' 'format=' 'section=' 'tie-quality=+' 'permutations=' 'seed=' 'version' 'h/help'
        case 'roles'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'group=' 'community-seed=' 'community-resolution=' 'o/output=' 'format=' 'role=' 'key-players=' 'seed=' 'catalyst-min-introductions=' 'introduction-window=' 'sponsor-min-grants=' 'sponsor-min-share=' 'organizer-min-convenings=' 'organizer-min-share=' 'peer-min-activities=' 'liaison-min-groups=' 'liaison-min-initiatives=' 'liaison-min-participation=' 'hub-z=' 'broker-z=' 'bridge-min-cut-off=' 'fragmented-below=' 'hub-and-spoke-min-centralization=' 'core-periphery-min-fit=' 'multi-hub-min-hubs=' 'version' 'h/help'
        case 'map'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'o/output=' 'format=' 'engine=' 'size-by=' 'color-by=' 'labels=' 'cluster=' 'title=' 'style=' 'seed=' 'focus=' 'radius=' 'hide-isolates' 'min-degree=' 'min-core=' 'version' 'h/help'
        case 'export'
            __liaison_parse_subcommand 1 'nodes=' 'edges=' 'affiliation=' 'affiliation-kinds=' 'create-missing' 'directed' 'wave=' 'as-of=' 'since=' 'until=' 'project=' 'weighted' 'weight-is=' 'parallel-ties=' 'node-kinds=' 'tie-kinds=' 'threads=' 'o/output=' 'to=' 'metrics=' 'exact' 'epsilon=' 'delta=' 'seed=' 'version' 'h/help'
        case 'generate'
            __liaison_parse_subcommand 0 'seed=' 'o/output=' 'scale=' 'cities=' 'organizations=' 'funders=' 'people=' 'initiatives=' 'practices=' 'convenings=' 'first-year=' 'last-year=' 'liaisons=' 'spreading-practices=' 'isolates=' 'introductions=' 'ties=' 'version' 'h/help'
        case 'help'
            __liaison_parse_subcommand -r 1 'version'
        end
    end
end

function __liaison_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __liaison_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __liaison_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __liaison_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__liaison_tokens -p)
    if test -z "$(__liaison_tokens -t)"
        set -l index (count (__liaison_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'liaison' -f
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'inspect' -d 'Summarise a network: nodes and ties by kind, components, density, dates and warnings.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'validate' -d 'Check input files and list every problem with its file, line, column and fix.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'metrics' -d 'Compute centrality and structure metrics, per node or for the whole network.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'communities' -d 'Find communities (groups more tied inside than out) with Leiden or Louvain.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'crosspollination' -d 'Show how ties, people and practices cross the boundaries between groups.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'roles' -d 'Find catalysts, sponsors, organizers, peers, learning liaisons, hubs, brokers and key players.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'map' -d 'Draw a network map (svg, png, pdf or dot) with shapes by kind, sizes by a metric and a legend.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'export' -d 'Write the network with every attribute and per-node metric for Gephi, networkx, Kumu or Graphviz.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'generate' -d 'Generate a synthetic learning-community network with planted structure.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_positional "liaison" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" format' -l 'format' -d 'text or json.' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison inspect" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" format' -l 'format' -d 'text or json.' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" group' -l 'group' -d 'Group nodes by a node attribute (e.g. city), by \'initiative\' or by \'community\'.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" community-seed' -l 'community-seed' -d 'Seed of the Leiden run behind --group community.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" community-resolution' -l 'community-resolution' -d 'Resolution of the Leiden run behind --group community (modularity\'s gamma).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" format' -l 'format' -d 'table, csv or json (default: table on a terminal, csv otherwise).' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" metrics' -l 'metrics' -d 'Compute only these metrics (comma-separated column names).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" sort' -l 'sort' -d 'Sort rows by this column, largest first.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" top' -l 'top' -d 'Keep only the first N rows (after sorting).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" kind' -l 'kind' -d 'Show only nodes of these kinds (comma-separated); metrics are still computed on the whole network.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" network' -l 'network' -d 'Print the network-level table (density, components, diameter, clustering, centralisation, assortativity).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" attribute' -l 'attribute' -d 'With --network, also the assortativity of this node attribute (e.g. city).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" exact' -l 'exact' -d 'Exact betweenness whatever the network\'s size.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" epsilon' -l 'epsilon' -d 'Estimate betweenness by sampling, each value within EPSILON of the exact one (normalised scale).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" delta' -l 'delta' -d 'With --epsilon, the probability that any value misses the bound.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" seed' -l 'seed' -d 'Seed of the betweenness sampling.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics"' -l 'tie-quality' -d 'Average this numeric tie attribute (e.g. trust scored 1-4 in a partner survey) per node: columns NAME_mean and NAME_ties. Repeatable.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" personalize' -l 'personalize' -d 'Personalised PageRank: restart only at these node ids (comma-separated).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison metrics" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" format' -l 'format' -d 'table, csv or json (default: table on a terminal, csv otherwise).' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" method' -l 'method' -d 'leiden or louvain.' -rfka 'leiden louvain'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" objective' -l 'objective' -d 'modularity or cpm (Constant Potts Model).' -rfka 'modularity cpm'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" resolution' -l 'resolution' -d 'Resolution, 0 or more: larger values give smaller communities.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" seed' -l 'seed' -d 'Seed of the random node orders.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" iterations' -l 'iterations' -d 'Leiden: rounds to run (-1: until a round changes nothing). Louvain: the most levels (-1: no cap).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison communities" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" group' -l 'group' -d 'Group nodes by a node attribute (e.g. city), by \'initiative\' or by \'community\'.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" community-seed' -l 'community-seed' -d 'Seed of the Leiden run behind --group community.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" community-resolution' -l 'community-resolution' -d 'Resolution of the Leiden run behind --group community (modularity\'s gamma).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" format' -l 'format' -d 'table, csv or json (default: table on a terminal, csv otherwise).' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" section' -l 'section' -d 'With csv: the section to write (network, groups, mixing, overlap, practices, hops, pollinators).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination"' -l 'tie-quality' -d 'Average this numeric tie attribute (e.g. trust) per group, in the groups section. Repeatable.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" permutations' -l 'permutations' -d 'Label permutations of the E-I test.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" seed' -l 'seed' -d 'Seed of the E-I permutation test.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison crosspollination" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" group' -l 'group' -d 'Group nodes by a node attribute (e.g. city), by \'initiative\' or by \'community\'.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" community-seed' -l 'community-seed' -d 'Seed of the Leiden run behind --group community.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" community-resolution' -l 'community-resolution' -d 'Resolution of the Leiden run behind --group community (modularity\'s gamma).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" format' -l 'format' -d 'table, csv or json (default: table on a terminal, csv otherwise).' -rfka 'table text csv json'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" role' -l 'role' -d 'Show only these roles (comma-separated).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" key-players' -l 'key-players' -d 'Size of each key-player set (0 leaves key players out).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" seed' -l 'seed' -d 'Seed of the key-player and core/periphery searches.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" catalyst-min-introductions' -l 'catalyst-min-introductions' -d 'Catalyst: at least this many introductions.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" introduction-window' -l 'introduction-window' -d 'Catalyst: the funder\'s two ties of an introduction begin within this many days.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" sponsor-min-grants' -l 'sponsor-min-grants' -d 'Sponsor: at least this many funds ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" sponsor-min-share' -l 'sponsor-min-share' -d 'Sponsor: at least this share of all funds ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" organizer-min-convenings' -l 'organizer-min-convenings' -d 'Organizer: at least this many convenings.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" organizer-min-share' -l 'organizer-min-share' -d 'Organizer: at least this share of all convenes ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" peer-min-activities' -l 'peer-min-activities' -d 'Peer: at least this many participates_in, attended or adopts ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" liaison-min-groups' -l 'liaison-min-groups' -d 'Learning liaison: memberships (member_of organizations, own group) in at least this many groups.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" liaison-min-initiatives' -l 'liaison-min-initiatives' -d 'Learning liaison: at least this many initiatives.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" liaison-min-participation' -l 'liaison-min-participation' -d 'Learning liaison: participation coefficient at least this.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" hub-z' -l 'hub-z' -d 'Hub: degree z-score at least this.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" broker-z' -l 'broker-z' -d 'Broker: betweenness z-score at least this.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" bridge-min-cut-off' -l 'bridge-min-cut-off' -d 'Bridge: cuts at least this many nodes off the rest of its component.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" fragmented-below' -l 'fragmented-below' -d 'Shape: below this share of nodes in the largest component the network is scattered fragments.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" hub-and-spoke-min-centralization' -l 'hub-and-spoke-min-centralization' -d 'Shape: from this degree centralisation on, the network is hub-and-spoke.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" core-periphery-min-fit' -l 'core-periphery-min-fit' -d 'Shape: from this core/periphery fit on (with a core of at most half the nodes), core-periphery.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" multi-hub-min-hubs' -l 'multi-hub-min-hubs' -d 'Shape: at least this many hubs make a multi-hub network.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison roles" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" o output' -l 'output' -s 'o' -d 'The map file to write; its extension sets the format unless --format is given.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" format' -l 'format' -d 'svg, png, pdf or dot (default: from the output file\'s extension).' -rfka 'svg png pdf dot'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" engine' -l 'engine' -d 'Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: by size).' -rfka 'dot neato fdp sfdp circo twopi'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" size-by' -l 'size-by' -d 'Size nodes by this metric (a metrics column, e.g. betweenness, degree, pagerank).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" color-by' -l 'color-by' -d 'Colour nodes by kind, by a node attribute (e.g. city), by \'community\' (Leiden, seeded by --seed) or by \'initiative\'.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" labels' -l 'labels' -d 'Label the N most important nodes (default: all on small maps, 25 otherwise).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" cluster' -l 'cluster' -d 'Draw a box around the nodes sharing each value of this attribute (e.g. city).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" title' -l 'title' -d 'Title drawn above the legend.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" style' -l 'style' -d 'A JSON style file (palette, shapes per kind, fonts, sizes).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" seed' -l 'seed' -d 'Seed of the layout.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" focus' -l 'focus' -d 'Draw only the ego network of this node id (see --radius).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" radius' -l 'radius' -d 'With --focus, how many steps from the centre to include.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" hide-isolates' -l 'hide-isolates' -d 'Leave out nodes without ties.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" min-degree' -l 'min-degree' -d 'Leave out nodes with fewer ties than this.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" min-core' -l 'min-core' -d 'Keep only the k-core: nodes whose core number is at least K.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison map" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" nodes' -l 'nodes' -d 'The nodes file, when it is not PATH/nodes.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" edges' -l 'edges' -d 'The ties file, when it is not PATH/edges.csv.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" affiliation' -l 'affiliation' -d 'A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" affiliation-kinds' -l 'affiliation-kinds' -d 'The node kinds of the affiliation table\'s two columns and the tie kind, as A,B[,TIE].' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" create-missing' -l 'create-missing' -d 'Create nodes (kind \'node\') for ids that ties name but the nodes file lacks, instead of failing.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" directed' -l 'directed' -d 'Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" wave' -l 'wave' -d 'Analyse only the ties of this survey wave (and the nodes they touch).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" as-of' -l 'as-of' -d 'Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" since' -l 'since' -d 'Analyse only ties that had not ended before this date (with --until: a date range).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" until' -l 'until' -d 'Analyse only ties that had begun by this date.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" project' -l 'project' -d 'Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" weighted' -l 'weighted' -d 'Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" weight-is' -l 'weight-is' -d 'With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).' -rfka 'strength distance'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" parallel-ties' -l 'parallel-ties' -d 'How parallel ties between the same two nodes combine: sum, max, min, count or first.' -rfka 'sum max min count first'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" node-kinds' -l 'node-kinds' -d 'Analyse only nodes of these kinds (comma-separated), e.g. person,organization.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" tie-kinds' -l 'tie-kinds' -d 'Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" threads' -l 'threads' -d 'Worker threads for the parallel metrics (default: all cores).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" o output' -l 'output' -s 'o' -d 'Write the result to this file (atomically) instead of standard output.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" to' -l 'to' -d 'graphml, gexf, json, csv, kumu or dot (default: from the extension of -o).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" metrics' -l 'metrics' -d 'Export only these metrics (comma-separated column names of liaison metrics); default: all.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" exact' -l 'exact' -d 'Exact betweenness whatever the network\'s size.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" epsilon' -l 'epsilon' -d 'Estimate betweenness by sampling, each value within EPSILON of the exact one (normalised scale).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" delta' -l 'delta' -d 'With --epsilon, the probability that any value misses the bound.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" seed' -l 'seed' -d 'Seed of the betweenness sampling.' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" seed' -l 'seed' -d 'Seed of the random sequence (any integer from 0 to 18446744073709551615).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" o output' -s 'o' -l 'output' -d 'Folder to write into (created if missing).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" scale' -l 'scale' -d 'Which generator: community plants structure; large makes benchmark networks of --ties ties.' -rfka 'community large'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" cities' -l 'cities' -d 'Number of cities (community default 6, large default 50).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" organizations' -l 'organizations' -d 'Number of organizations, funders included (default 60).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" funders' -l 'funders' -d 'Number of funders among the organizations, at least 4 (default 5).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" people' -l 'people' -d 'Number of people (default 250).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" initiatives' -l 'initiatives' -d 'Number of initiatives (default 12).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" practices' -l 'practices' -d 'Number of practices (default 30).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" convenings' -l 'convenings' -d 'Number of convenings (default 20).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" first-year' -l 'first-year' -d 'First year of the network (default 2016).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" last-year' -l 'last-year' -d 'Last year of the network (default 2019).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" liaisons' -l 'liaisons' -d 'Number of learning liaisons to plant (default 5).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" spreading-practices' -l 'spreading-practices' -d 'Number of practices planted to spread between cities (default 6).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" isolates' -l 'isolates' -d 'Number of nodes planted with no ties (default 4).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" introductions' -l 'introductions' -d 'Number of introductions the catalyst funder makes (default 6).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" ties' -l 'ties' -d 'Exact number of ties with --scale large (default 1000000).' -rfka ''
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" version' -l 'version' -d 'Show the version.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'liaison' -n '__liaison_should_offer_completions_for_flags_or_options "liaison help" version' -l 'version' -d 'Show the version.'
