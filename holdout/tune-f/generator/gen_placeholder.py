import gen_placeholder_js, gen_placeholder_ts, gen_placeholder_sh, gen_placeholder_yaml, gen_placeholder_json, gen_placeholder_toml  # noqa
