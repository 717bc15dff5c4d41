import gen_clean_yaml, gen_clean_toml, gen_clean_json, gen_clean_sh, gen_clean_js, gen_clean_ts  # noqa
