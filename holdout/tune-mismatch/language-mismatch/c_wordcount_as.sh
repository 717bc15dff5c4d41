#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

/* Count lines, words and bytes like `wc`. */
int main(int argc, char **argv) {
    FILE *fp = stdin;
    if (argc > 1) {
        fp = fopen(argv[1], "r");
        if (!fp) {
            perror(argv[1]);
            return EXIT_FAILURE;
        }
    }

    long lines = 0, words = 0, bytes = 0;
    int c, in_word = 0;
    while ((c = fgetc(fp)) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }

    printf("%7ld %7ld %7ld %s\n", lines, words, bytes, argc > 1 ? argv[1] : "");
    if (fp != stdin) {
        fclose(fp);
