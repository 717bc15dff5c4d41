#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Print the N most frequent byte values in a file. */
int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE [N]\n", argv[0]);
        return 1;
    }
    int top = argc > 2 ? atoi(argv[2]) : 10;
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) {
        perror("fopen");
        return 1;
    }

    unsigned long counts[256] = {0};
    int c;
    while ((c = fgetc(fp)) != EOF) counts[c]++;
    fclose(fp);

    for (int i = 0; i < top; i++) {
        int best = 0;
        for (int b = 1; b < 256; b++)
            if (counts[b] > counts[best]) best = b;
        if (counts[best] == 0) break;
        printf("0x%02x %lu\n", best, counts[best]);
        counts[best] = 0;
    }
    return 0;
}
