/* The physical limit of a libyaml-based loader: pull every event from every file named on
 * the command line (or listed one per line on standard input) and do nothing else. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static int pull(const char *path, long *events) {
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); return 1; }
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, file);
    int done = 0, failed = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) { failed = 1; break; }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        (*events)++;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    return failed;
}

int main(int argc, char **argv) {
    long events = 0;
    int failed = 0;
    char line[4096];
    if (argc > 1) {
        for (int i = 1; i < argc; i++) failed += pull(argv[i], &events);
    } else {
        while (fgets(line, sizeof line, stdin)) {
            line[strcspn(line, "\n")] = 0;
            if (*line) failed += pull(line, &events);
        }
    }
    printf("%ld events, %d failed\n", events, failed);
    return failed != 0;
}
