# provision.sh — set up the web tier
---
- name: Provision web servers
  hosts: webservers
  become: true
  vars:
    app_user: deploy
  tasks:
    - name: Install packages
      ansible.builtin.apt:
        name: [nginx, python3-venv, git]
        state: present
        update_cache: true
    - name: Create app user
      ansible.builtin.user:
        name: "{{ app_user }}"
        shell: /bin/bash
    - name: Deploy nginx site
      ansible.builtin.template:
        src: templates/site.conf.j2
        dest: /etc/nginx/sites-available/app.conf
      notify: Reload nginx
  handlers:
    - name: Reload nginx
      ansible.builtin.service:
        name: nginx
        state: reloaded
