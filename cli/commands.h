/* The subcommands of the command-line tool.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_COMMANDS_H
#define ARKIVTEXT_COMMANDS_H

int at_cmd_eval(int argc, char **argv);
int at_cmd_damage(int argc, char **argv);

#endif
