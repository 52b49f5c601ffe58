# The dispatcher: src/main.c. Names match exactly; usage errors exit 2
# with nothing on stdout.

=== --version prints the name and version
$ newsframe --version | sed 's/[0-9][0-9.]*$/X/'
newsframe X

=== --help lists every command, alphabetically
$ newsframe --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'
collocates
dedup
frames
ingest
keyness
kwic
merge
report
select
sources
stats
terms
validate
help

=== no command: the usage line, exit 2
$ newsframe
--- stderr
usage: newsframe [--version] [--help] COMMAND [ARGS]
--- exit 2

=== an unknown command is named
$ newsframe frame
--- stderr
newsframe: unknown command 'frame'
usage: newsframe [--version] [--help] COMMAND [ARGS]
--- exit 2

=== an unknown global option is named
$ newsframe --frobnicate
--- stderr
newsframe: unknown option --frobnicate
usage: newsframe [--version] [--help] COMMAND [ARGS]
--- exit 2

=== help COMMAND prints the command's help when stdout is not a terminal
$ newsframe help terms | head -2
usage: newsframe terms [--json] [--stem] [--tfidf] [--title] [--totals] [--by FIELD] [--max-memory SIZE] [--min-count N] [--ngram N[-M]] [--stopwords LIST] [--tmpdir DIR] [--top K] [corpus ...]
count terms and n-grams per outlet, group or period

=== help and --help of a command say the same
$ newsframe help dedup > /tmp/nf-help.$$ && newsframe dedup --help | cmp - /tmp/nf-help.$$ && echo same; rm -f /tmp/nf-help.$$
same

=== help of an unknown command
$ newsframe help nothing
--- stderr
newsframe: help: unknown command 'nothing'
usage: newsframe [--version] [--help] COMMAND [ARGS]
--- exit 2

=== every command has a man page, and its SYNOPSIS is the --help usage line
$ for c in collocates dedup frames ingest keyness kwic merge report select sources stats terms validate; do test -f man/newsframe-$c.1 || echo "no page: $c"; done; tests/synopsis-check
checked 13
