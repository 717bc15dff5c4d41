import gen_truncated_yaml, gen_truncated_toml, gen_truncated_json, gen_truncated_sh, gen_truncated_ts  # noqa
