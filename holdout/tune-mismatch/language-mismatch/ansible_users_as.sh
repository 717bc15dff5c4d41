- hosts: all
  become: yes
  vars:
    admins:
      - { name: alice, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7 alice@laptop" }
      - { name: bob, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9 bob@desktop" }
  tasks:
    - name: Create admin users
      user:
        name: "{{ item.name }}"
        groups: sudo
        shell: /bin/bash
        append: yes
      loop: "{{ admins }}"

    - name: Authorize SSH keys
      authorized_key:
        user: "{{ item.name }}"
        key: "{{ item.key }}"
      loop: "{{ admins }}"

    - name: Disable password auth
      lineinfile: { path: /etc/ssh/sshd_config, regexp: '^#?PasswordAuthentication', line: 'PasswordAuthentication no'
