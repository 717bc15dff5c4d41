import gen_chatter_yaml, gen_chatter_sh, gen_chatter_ts, gen_chatter_toml  # noqa
