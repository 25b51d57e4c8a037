/** The languages `rolebook init --locale` starts a handbook in, with the README each gets. */
export const LOCALES = {
	en: { readme: englishReadme },
	'zh-CN': { readme: simplifiedReadme },
	'zh-TW': { readme: traditionalReadme },
} as const;

export type Locale = keyof typeof LOCALES;

export function isLocale(value: string): value is Locale {
	return Object.hasOwn(LOCALES, value);
}

const GITLAB_CI = `pages:
  image: node:22
  script:
    - npm install
    - npm run validate
    - npm run build
    - rm -rf public && mv dist public
  artifacts:
    paths: [public]
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH`;

function englishReadme(title: string): string {
	return `# ${title} handbook

The position descriptions, departments, org chart and approval workflows of ${title},
written as YAML files in \`content/\` and published as a website by
[Rolebook](https://www.npmjs.com/package/rolebook).

## Getting started

\`\`\`sh
npm install          # once: installs Rolebook, Astro and the Node.js they run on
npm run validate     # checks every file in content/ and lists each problem with its line
npm run dev          # shows the site at http://localhost:4321 while you edit
npm run build        # writes the finished site to dist/
\`\`\`

## Where things are

| folder | what it holds |
| --- | --- |
| \`content/site.yaml\` | the organisation's name, the site's language (\`locale\`) and what it publishes |
| \`content/departments/\` | one file per department |
| \`content/roles/\` | one file per role (position); sub-folders only keep them tidy |
| \`content/workflows/\` | approval and hand-off chains |
| \`content/people/\` | who holds which role (published only when \`publish.people\` is true) |
| \`content/public/\` | files served as they are, such as the logo |

Open the folder in VS Code with the recommended YAML extension: every field is completed
and checked as you type. \`npm run validate\` names the file, line and column of every
problem; the build refuses to publish content with errors.

## Printing confirmation sheets

\`npm run pdf -- --role ROLE-ID\` prints a role's confirmation sheet to \`pdf/\`;
\`--department ID\` prints a department's, \`--all\` every one. It needs Chromium
(\`sudo apt-get install chromium fonts-noto-cjk\` on Debian and Ubuntu).

## Importing existing job descriptions

\`npm run import -- descriptions/*.docx\` turns Word, text and Markdown job descriptions
into draft role files under \`content/roles/imported/\`, with a TODO wherever it was unsure.

## Publishing

- **GitHub Pages:** \`.github/workflows/deploy.yml\` builds and publishes the site on every
  push to \`main\`. In the repository's Settings → Pages, choose "GitHub Actions" as the
  source. A project site is served under the repository's name: set \`base: /REPOSITORY-NAME/\`
  in \`content/site.yaml\`.
- **GitLab Pages:** add a \`.gitlab-ci.yml\` like this one (GitLab serves \`public/\`, and a
  project site under \`/PROJECT-NAME/\`: set \`base\` in \`content/site.yaml\` to match):

  \`\`\`yaml
${indent(GITLAB_CI, '  ')}
  \`\`\`
- **Any web server:** copy \`dist/\` after \`npm run build\`.

## Your own look

\`astro.config.mjs\` passes options to Rolebook: \`customCss\` adds your stylesheets after
Rolebook's, \`components\` replaces one of its components (role page sections, the site
header and footer, the confirmation sheet) with your own \`.astro\` file. The Rolebook
README lists them.

## Upgrading

\`npm update rolebook\` brings Rolebook's fixes and improvements; your content and
settings stay as they are. Its CHANGELOG.md says what changed.
`;
}

function simplifiedReadme(title: string): string {
	return `# ${title}岗位手册

${title}的岗位说明书、部门、组织架构图和审批流程,以 YAML 文件写在 \`content/\` 中,
由 [Rolebook](https://www.npmjs.com/package/rolebook) 生成网站。

## 开始使用

\`\`\`sh
npm install          # 首次:安装 Rolebook、Astro 及其所需的 Node.js
npm run validate     # 检查 content/ 中的所有文件,逐条列出问题及所在行
npm run dev          # 编辑时在 http://localhost:4321 预览网站
npm run build        # 将网站生成到 dist/
\`\`\`

## 文件位置

| 文件夹 | 内容 |
| --- | --- |
| \`content/site.yaml\` | 公司名称、网站语言(\`locale\`)及发布设置 |
| \`content/departments/\` | 每个部门一个文件 |
| \`content/roles/\` | 每个岗位一个文件;可用子文件夹整理 |
| \`content/workflows/\` | 审批流程 |
| \`content/people/\` | 任职人员(\`publish.people\` 为 true 时才发布) |
| \`content/public/\` | 原样发布的文件,如公司标志 |

用 VS Code 打开本文件夹并安装推荐的 YAML 扩展,输入时即可自动补全和检查各字段。
\`npm run validate\` 会指出每个问题所在的文件、行和列;内容有错误时不会发布。

## 打印岗位职责确认书

\`npm run pdf -- --role 岗位ID\` 将该岗位的确认书打印为 PDF,保存到 \`pdf/\`;
\`--department 部门ID\` 打印整个部门,\`--all\` 打印全部。需要安装 Chromium
(Debian/Ubuntu:\`sudo apt-get install chromium fonts-noto-cjk\`)。

## 导入现有岗位说明书

\`npm run import -- 说明书/*.docx\` 将 Word、文本和 Markdown 格式的岗位说明书转为
\`content/roles/imported/\` 下的草稿岗位文件,无法确定之处标为 TODO。

## 发布

- **GitHub Pages:** \`.github/workflows/deploy.yml\` 在每次推送到 \`main\` 时生成并发布网站。
  在仓库的 Settings → Pages 中将来源设为 "GitHub Actions"。项目网站位于仓库名之下:
  在 \`content/site.yaml\` 中设置 \`base: /仓库名/\`。
- **GitLab Pages:** 添加如下 \`.gitlab-ci.yml\`(GitLab 发布 \`public/\`,项目网站位于
  \`/项目名/\` 之下,请相应设置 \`content/site.yaml\` 中的 \`base\`):

  \`\`\`yaml
${indent(GITLAB_CI, '  ')}
  \`\`\`
- **其他网站服务器:** \`npm run build\` 之后复制 \`dist/\` 即可。

## 自定义外观

\`astro.config.mjs\` 中的 Rolebook 选项:\`customCss\` 在 Rolebook 样式之后加入您的样式表,
\`components\` 用您自己的 \`.astro\` 文件替换某个组件(岗位页面各部分、页眉页脚、确认书)。
Rolebook 的 README 列出了全部可替换组件。

## 升级

\`npm update rolebook\` 获取 Rolebook 的修正和改进,您的内容和设置保持不变。
变更记录见 CHANGELOG.md。
`;
}

function traditionalReadme(title: string): string {
	return `# ${title}職位手冊

${title}的職位說明書、部門、組織圖與審核流程,以 YAML 檔案寫在 \`content/\` 中,
由 [Rolebook](https://www.npmjs.com/package/rolebook) 產生網站。

## 開始使用

\`\`\`sh
npm install          # 第一次:安裝 Rolebook、Astro 及其所需的 Node.js
npm run validate     # 檢查 content/ 中的所有檔案,逐條列出問題及所在行
npm run dev          # 編輯時在 http://localhost:4321 預覽網站
npm run build        # 將網站產生到 dist/
\`\`\`

## 檔案位置

| 資料夾 | 內容 |
| --- | --- |
| \`content/site.yaml\` | 公司名稱、網站語言(\`locale\`)及發布設定 |
| \`content/departments/\` | 每個部門一個檔案 |
| \`content/roles/\` | 每個職位一個檔案;可用子資料夾整理 |
| \`content/workflows/\` | 審核流程 |
| \`content/people/\` | 任職人員(\`publish.people\` 為 true 時才發布) |
| \`content/public/\` | 原樣發布的檔案,如公司標誌 |

用 VS Code 開啟本資料夾並安裝建議的 YAML 擴充功能,輸入時即可自動完成並檢查各欄位。
\`npm run validate\` 會指出每個問題所在的檔案、行與欄;內容有錯誤時不會發布。

## 列印職位職責確認書

\`npm run pdf -- --role 職位ID\` 將該職位的確認書列印為 PDF,存到 \`pdf/\`;
\`--department 部門ID\` 列印整個部門,\`--all\` 列印全部。需要安裝 Chromium
(Debian/Ubuntu:\`sudo apt-get install chromium fonts-noto-cjk\`)。

## 匯入現有職位說明書

\`npm run import -- 說明書/*.docx\` 將 Word、文字與 Markdown 格式的職位說明書轉為
\`content/roles/imported/\` 下的草稿職位檔案,無法確定之處標為 TODO。

## 發布

- **GitHub Pages:** \`.github/workflows/deploy.yml\` 在每次推送到 \`main\` 時產生並發布網站。
  在儲存庫的 Settings → Pages 中將來源設為 "GitHub Actions"。專案網站位於儲存庫名稱之下:
  在 \`content/site.yaml\` 中設定 \`base: /儲存庫名稱/\`。
- **GitLab Pages:** 加入如下 \`.gitlab-ci.yml\`(GitLab 發布 \`public/\`,專案網站位於
  \`/專案名稱/\` 之下,請相應設定 \`content/site.yaml\` 中的 \`base\`):

  \`\`\`yaml
${indent(GITLAB_CI, '  ')}
  \`\`\`
- **其他網站伺服器:** \`npm run build\` 之後複製 \`dist/\` 即可。

## 自訂外觀

\`astro.config.mjs\` 中的 Rolebook 選項:\`customCss\` 在 Rolebook 樣式之後加入您的樣式表,
\`components\` 用您自己的 \`.astro\` 檔案替換某個元件(職位頁面各部分、頁首頁尾、確認書)。
Rolebook 的 README 列出了全部可替換元件。

## 升級

\`npm update rolebook\` 取得 Rolebook 的修正與改進,您的內容與設定保持不變。
變更紀錄見 CHANGELOG.md。
`;
}

function indent(text: string, prefix: string): string {
	return text
		.split('\n')
		.map((line) => prefix + line)
		.join('\n');
}
